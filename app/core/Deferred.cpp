#include "core/Deferred.h"

#include <QPointer>
#include <QTimer>

namespace rc {

Call answerLater(QObject *owner, QObject *context, std::function<void()> answer)
{
    Call call;
    QTimer::singleShot(0, owner ? owner : context,
                       [call, context = QPointer<QObject>(context), answer = std::move(answer)] {
                           if (!call.isCancelled() && context)
                               answer();
                       });
    return call;
}

} // namespace rc
