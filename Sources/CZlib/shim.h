// zlib's inflate, for Swift. inflateInit2 is a macro that Swift cannot call, so these
// inline functions stand for it.
#include <zlib.h>

/// Starts inflating a gzip stream (RFC 1952).
static inline int actorgraph_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 15 + 16);
}

/// Starts inflating raw deflate data (RFC 1951), as zip entries hold it.
static inline int actorgraph_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -15);
}
