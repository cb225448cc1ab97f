// Graphviz's layout and rendering context (libgvc) and graph library (cgraph), for Swift.
#include <graphviz/gvc.h>
