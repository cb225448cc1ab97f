#ifndef ACTORGRAPH_FUZZER_DRIVER_H
#define ACTORGRAPH_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for a program that has its own main: it parses libFuzzer's
/// flags from argv and calls `callback` with each input. A build with
/// `-sanitize=fuzzer` links libFuzzer's definition; every other build links the one in
/// FuzzerDriver.c, which calls `callback` once with the bytes of each file named in argv,
/// so that the same program replays a corpus or a crash reproducer without libFuzzer.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
