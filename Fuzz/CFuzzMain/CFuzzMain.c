#include <stddef.h>
#include <stdint.h>
#include "CFuzzMain.h"

// Both from the fuzzer: the driver from libFuzzer, the callback from JixiaoFuzz (Swift).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int JixiaoFuzz_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
