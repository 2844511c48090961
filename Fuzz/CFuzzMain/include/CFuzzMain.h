// The fuzzer's `main` glue: SwiftPM links an executable's entry point as
// `<Target>_main`, so this hands control to libFuzzer's driver.
#ifndef CFUZZMAIN_H
#define CFUZZMAIN_H
int JixiaoFuzz_main(int argc, char **argv);
#endif
