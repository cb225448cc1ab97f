// Graphviz's layout and rendering context (libgvc) and graph library (cgraph), for Swift.
#include <graphviz/gvc.h>

// cgraph gives an edge's ends as macros (agtail, aghead), which Swift cannot call.
static inline Agnode_t *cgraph_edge_tail(Agedge_t *edge) { return agtail(edge); }
static inline Agnode_t *cgraph_edge_head(Agedge_t *edge) { return aghead(edge); }

// The memory discipline graphs opened without one use (agmemread's, and those a layout derives),
// as a pointer: Swift 6 refuses to touch a mutable C global directly.
static inline Agmemdisc_t *cgraph_default_memory_discipline(void) { return &AgMemDisc; }
