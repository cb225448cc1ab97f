// libxml2's SAX2 push parser, for Swift.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the copy of ICU inside
// Foundation. ActorGraph only reads UTF-8 and never touches the encoding handlers that
// would use ICU, so its declarations are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
