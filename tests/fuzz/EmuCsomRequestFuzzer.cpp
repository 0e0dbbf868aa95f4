// The emulator's reader of CSOM ProcessQuery bodies (app/emulator/CsomRequestParser), which any
// local client may post: strict XML in the clientquery namespace, ids that cross-reference.

#include "FuzzSupport.h"
#include "emulator/CsomRequestParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    rc::emu::CsomRequest request;
    QString error;
    const bool ok
            = rc::emu::CsomRequestParser::parse(rc::fuzz::bytes(data, size), &request, &error);
    check(ok == error.isEmpty(), "a refused request says why, an accepted one does not");
    if (!ok)
        return 0;
    for (const rc::emu::CsomAction &action : std::as_const(request.actions))
        check(request.objectPaths.contains(action.objectPathId),
              "every action's object path exists");
    for (const rc::emu::CsomObjectPath &path : std::as_const(request.objectPaths)) {
        if (path.element == QLatin1String("Method") || path.element == QLatin1String("Property"))
            check(request.objectPaths.contains(path.parentId),
                  "a method's or property's parent exists");
    }
    return 0;
}
