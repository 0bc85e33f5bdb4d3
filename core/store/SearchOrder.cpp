#include "SearchOrder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace tfk {

namespace {

// Differences of two labels and their products overflow 64 bits.
__extension__ using Wide = __int128;

// `count` labels strictly between `low` and `high`, evenly apart (high - low > count).
QList<qint64> evenly(qint64 low, qint64 high, qsizetype count)
{
    const Wide span = Wide(high) - low;
    QList<qint64> labels;
    labels.reserve(count);
    for (qsizetype t = 0; t < count; ++t) {
        labels << qint64(low + span * (t + 1) / (count + 1));
    }
    return labels;
}

struct Labelled
{
    qint64 rowid;
    qint64 label;
};

} // namespace

Result<QList<qint64>> SearchOrder::place(const QList<Key>& keys)
{
    // SQLite compares text as UTF-8 bytes (BINARY): the keys in the order the name index has them.
    QList<qsizetype> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    QList<std::pair<QByteArray, QByteArray>> bytes;
    bytes.reserve(keys.size());
    for (const Key& key : keys) {
        bytes.append({key.nameKey.toUtf8(), key.id.toUtf8()});
    }
    std::sort(order.begin(), order.end(), [&bytes](qsizetype a, qsizetype b) { return bytes.at(a) < bytes.at(b); });
    QList<Key> sorted;
    sorted.reserve(keys.size());
    for (qsizetype i : std::as_const(order)) {
        sorted << keys.at(i);
    }
    const auto gaps = gapsOf(sorted);
    if (!gaps) {
        return fail(gaps.error());
    }
    QList<qint64> labels(keys.size());
    for (qsizetype start = 0; start < sorted.size();) {
        // Keys next to each other in the order with the same neighbours share a gap.
        qsizetype end = start + 1;
        while (end < sorted.size() && gaps->at(end) == gaps->at(start)) {
            ++end;
        }
        const auto inGap = labelsIn(gaps->at(start), end - start);
        if (!inGap) {
            return fail(inGap.error());
        }
        for (qsizetype i = start; i < end; ++i) {
            labels[order.at(i)] = inGap->at(i - start);
        }
        start = end;
    }
    return labels;
}

Result<QList<SearchOrder::Gap>> SearchOrder::gapsOf(const QList<Key>& sortedKeys)
{
    // All neighbours in one statement: the keys travel as one JSON array. The name index holds the label.
    QJsonArray array;
    for (const Key& key : sortedKeys) {
        array.append(QJsonArray {key.nameKey, key.id});
    }
    auto query = m_database.exec(
        u"SELECT (SELECT search_label FROM users INDEXED BY users_name_search WHERE search_label IS NOT NULL "
        "AND (name_key, id) < (k.value ->> 0, k.value ->> 1) ORDER BY name_key DESC, id DESC LIMIT 1), "
        "(SELECT search_label FROM users INDEXED BY users_name_search WHERE search_label IS NOT NULL "
        "AND (name_key, id) > (k.value ->> 0, k.value ->> 1) ORDER BY name_key, id LIMIT 1) "
        "FROM json_each(:keys) AS k ORDER BY k.key"_s,
        {{u"keys"_s, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))}});
    if (!query) {
        return fail(query.error());
    }
    QList<Gap> gaps;
    gaps.reserve(sortedKeys.size());
    while (query->next()) {
        Gap gap;
        if (!query->value(0).isNull()) {
            gap.low = query->value(0).toLongLong();
        }
        if (!query->value(1).isNull()) {
            gap.high = query->value(1).toLongLong();
        }
        gaps << gap;
    }
    if (gaps.size() != sortedKeys.size()) {
        return fail(Error {u"[SearchIndex]"_s,
                           tr("The name order of %1 new users could not be read.").arg(sortedKeys.size()), 500});
    }
    return gaps;
}

Result<QList<qint64>> SearchOrder::labelsIn(const Gap& gap, qsizetype count)
{
    const Wide stretch = Wide(kStride) * count;
    if (gap.low && gap.high) {
        if (*gap.high - *gap.low > count) {
            return evenly(*gap.low, *gap.high, count);
        }
    } else if (gap.low) {
        // After the last user: a stride each, while there is room.
        if (*gap.low + stretch < kHighest) {
            QList<qint64> labels;
            for (qsizetype t = 1; t <= count; ++t) {
                labels << *gap.low + kStride * t;
            }
            return labels;
        }
        if (kHighest - *gap.low > count) {
            return evenly(*gap.low, kHighest, count);
        }
    } else if (gap.high) {
        if (*gap.high - stretch > kLowest) {
            QList<qint64> labels;
            for (qsizetype t = count; t >= 1; --t) {
                labels << *gap.high - kStride * t;
            }
            return labels;
        }
        if (*gap.high - kLowest > count) {
            return evenly(kLowest, *gap.high, count);
        }
    } else {
        if (stretch < kHighest) {
            QList<qint64> labels;
            for (qsizetype t = 0; t < count; ++t) {
                labels << kStride * t;
            }
            return labels;
        }
        return evenly(kLowest, kHighest, count);
    }
    return renumberAround(gap, count);
}

QList<SearchOrder::Move> SearchOrder::inSafeOrder(const QList<Move>& moves)
{
    // A user moving down to label L: only a user before it in name order could hold L, and with
    // ascending order that one has already moved (further down), or moves up (then its old label is
    // below its new one, which is below L). Moving up is the mirror image.
    QList<Move> ordered;
    for (const Move& move : moves) {
        if (move.to < move.from) {
            ordered << move;
        }
    }
    for (auto move = moves.crbegin(); move != moves.crend(); ++move) {
        if (move->to > move->from) {
            ordered << *move;
        }
    }
    return ordered;
}

Result<QList<qint64>> SearchOrder::renumberAround(const Gap& gap, qsizetype count)
{
    // The labelled users on one side of the gap, nearest first, `limit` at most.
    const auto side = [this](const std::optional<qint64>& from, bool below, qint64 limit) -> Result<QList<Labelled>> {
        QList<Labelled> rows;
        if (!from) {
            return rows;
        }
        auto query = m_database.exec(below ? u"SELECT rowid, search_label FROM users WHERE search_label <= :from "
                                             "ORDER BY search_label DESC LIMIT :limit"_s
                                           : u"SELECT rowid, search_label FROM users WHERE search_label >= :from "
                                             "ORDER BY search_label LIMIT :limit"_s,
                                     {{u"from"_s, *from}, {u"limit"_s, limit}});
        if (!query) {
            return fail(query.error());
        }
        while (query->next()) {
            rows << Labelled {query->value(0).toLongLong(), query->value(1).toLongLong()};
        }
        return rows;
    };
    for (qint64 width = 16;; width *= 4) {
        // `width` users each side, and the one beyond each as the bound the new numbers stay within.
        auto below = side(gap.low, true, width + 1);
        if (!below) {
            return fail(below.error());
        }
        auto above = side(gap.high, false, width + 1);
        if (!above) {
            return fail(above.error());
        }
        const bool first = below->size() <= width;
        const bool last = above->size() <= width;
        const qint64 low = first ? kLowest : below->takeLast().label;
        const qint64 high = last ? kHighest : above->takeLast().label;
        const qsizetype total = below->size() + count + above->size();
        const Wide span = Wide(high) - low;
        if (span / (total + 1) < kMinSpacing && !(first && last)) {
            continue;
        }
        if (span <= total) {
            return fail(
                Error {u"[SearchIndex]"_s, tr("The search index has no room for %1 more users.").arg(count), 500});
        }
        const QList<qint64> labels = evenly(low, high, total);
        QList<Move> moves;
        qsizetype next = 0;
        for (auto row = below->crbegin(); row != below->crend(); ++row) {
            moves.append({row->rowid, row->label, labels.at(next++)});
        }
        const QList<qint64> placed = labels.mid(next, count);
        next += count;
        for (const Labelled& row : std::as_const(*above)) {
            moves.append({row.rowid, row.label, labels.at(next++)});
        }
        QList<QVariantList> values;
        for (const Move& move : inSafeOrder(moves)) {
            values.append({move.to, move.rowid});
        }
        if (!values.isEmpty()) {
            if (auto done = m_database.execEach(u"UPDATE users SET search_label = ? WHERE rowid = ?"_s, values);
                !done) {
                return fail(done.error());
            }
        }
        return placed;
    }
}

} // namespace tfk
