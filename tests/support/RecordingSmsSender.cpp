#include "RecordingSmsSender.h"

namespace tfk::test {

QFuture<Result<SmsReceipt>> RecordingSmsSender::send(const SmsMessage& message)
{
    m_sent << message;
    auto promise = std::make_shared<QPromise<Result<SmsReceipt>>>();
    promise->start();
    if (m_hold) {
        m_held << promise;
        return promise->future();
    }
    finish(*promise);
    return promise->future();
}

QString RecordingSmsSender::lastCode() const
{
    const QString body = last().body;
    qsizetype end = body.size();
    while (end > 0 && !body[end - 1].isDigit()) {
        --end;
    }
    qsizetype start = end;
    while (start > 0 && body[start - 1].isDigit()) {
        --start;
    }
    return body.mid(start, end - start);
}

void RecordingSmsSender::release()
{
    for (const auto& promise : std::as_const(m_held)) {
        finish(*promise);
    }
    m_held.clear();
}

void RecordingSmsSender::finish(QPromise<Result<SmsReceipt>>& promise)
{
    if (m_error) {
        promise.addResult(Result<SmsReceipt>(std::unexpected(*m_error)));
    } else {
        promise.addResult(Result<SmsReceipt>(SmsReceipt {
            QStringLiteral("SM%1").arg(m_sent.size(), 32, 10, QLatin1Char('0')), QStringLiteral("queued")}));
    }
    promise.finish();
}

} // namespace tfk::test
