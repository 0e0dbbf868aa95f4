#pragma once
// Answers an asynchronous call from the event loop, never re-entrantly from the call itself, so
// every callback in the app has the same shape: exactly once, later, or not at all.

#include "core/Call.h"

#include <QObject>

namespace rc {

// Runs `answer` on the next turn of the event loop unless the returned Call was cancelled or
// `owner` (whose members the answer may use) or `context` (the caller) died in the meantime.
Call answerLater(QObject *owner, QObject *context, std::function<void()> answer);

} // namespace rc
