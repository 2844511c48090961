/* libsystemd as Swift sees it: the daemon and journal APIs only. Swift cannot call the
 * variadic sd_journal_send(), so the wrapper uses sd_journal_sendv() with an iovec. */
#include <stdint.h>
#include <sys/uio.h>
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
