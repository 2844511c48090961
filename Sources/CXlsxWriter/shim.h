/* libxlsxwriter as Swift sees it: workbooks, worksheets and formats. */
#include <xlsxwriter.h>
