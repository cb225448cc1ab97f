#include "FuzzerDriver.h"

#include <stdio.h>
#include <stdlib.h>

// Weak, so that libFuzzer's own definition wins in a build with -sanitize=fuzzer.
__attribute__((weak)) int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t)) {
    int status = 0;
    for (int index = 1; index < *argc; index++) {
        const char *path = (*argv)[index];
        if (path[0] == '-') continue;  // a libFuzzer flag, which only libFuzzer reads
        FILE *file = fopen(path, "rb");
        if (file == NULL) {
            fprintf(stderr, "%s: cannot be read\n", path);
            status = 1;
            continue;
        }
        size_t capacity = 1 << 16, size = 0;
        uint8_t *bytes = malloc(capacity);
        size_t count;
        while (bytes != NULL && (count = fread(bytes + size, 1, capacity - size, file)) > 0) {
            size += count;
            if (size == capacity) {
                capacity *= 2;
                uint8_t *grown = realloc(bytes, capacity);
                if (grown == NULL) free(bytes);
                bytes = grown;
            }
        }
        fclose(file);
        if (bytes == NULL) {
            fprintf(stderr, "%s: out of memory\n", path);
            return 1;
        }
        callback(bytes, size);
        free(bytes);
        fprintf(stderr, "%s: read without a crash\n", path);
    }
    return status;
}
