// The emulator's form and query decoder (app/emulator/FormFields), fed whatever a client posts.
// DIFFERENTIAL: encoding the fields again and decoding that gives the same fields, in order.

#include "FuzzSupport.h"
#include "emulator/FormFields.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using rc::fuzz::check;
    rc::fuzz::ensureApplication();
    const QByteArray encoded = rc::fuzz::bytes(data, size);
    const rc::emu::FormFields fields = rc::emu::FormFields::parse(encoded);
    check(fields.items().size() <= encoded.count('&') + 1, "at most one field per & and one");

    QByteArray again;
    for (const auto &item : fields.items()) {
        if (!again.isEmpty())
            again += '&';
        again += rc::emu::FormFields::encode(item.first) + '='
                + rc::emu::FormFields::encode(item.second);
        check(fields.contains(item.first), "every decoded name is found");
    }
    check(rc::emu::FormFields::parse(again).items() == fields.items(),
          "encoded fields decode to the same fields");
    return 0;
}
