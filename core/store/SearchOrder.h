#pragma once

// SQLite: each user's place in the name order (name_key, id) as a number with gaps between neighbours, the
// search index's rowid (users.search_label). FTS5 hands out its matches in rowid order, so the first page of a
// search is its first matches, however many there are: nothing is fetched and sorted, nothing walked.
//
// A new user (or a renamed one, whose label is cleared first) takes a number between its neighbours'. When
// two neighbours leave no room, a stretch around them is numbered again, evenly, wider and wider until it
// leaves kMinSpacing between any two (the update trigger re-indexes the users in it). The caller holds the
// write transaction. PostgreSQL's trigram indexes need none of this.

#include "Database.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace tfk {

class SearchOrder
{
    Q_DECLARE_TR_FUNCTIONS(tfk::SearchOrder)

public:
    struct Key
    {
        QString nameKey;
        QString id;
    };

    explicit SearchOrder(Database& database)
        : m_database(database)
    {
    }

    // One label per key, in the order of `keys`, for users about to be written with them. No key may be
    // that of a labelled user.
    Result<QList<qint64>> place(const QList<Key>& keys);

    // A user's label changing, when a stretch is renumbered.
    struct Move
    {
        qint64 rowid;
        qint64 from;
        qint64 to;
        bool operator==(const Move&) const = default;
    };
    // `moves` (in name order, which old and new labels both keep) in an order in which no label is taken
    // while another user still holds it (the unique index would refuse it): users moving down in
    // ascending order, then users moving up in descending order; unchanged ones are left out.
    static QList<Move> inSafeOrder(const QList<Move>& moves);

    // Labels lie strictly between these.
    static constexpr qint64 kLowest = -(qint64(1) << 62);
    static constexpr qint64 kHighest = qint64(1) << 62;
    // Between users added one after another at either end (and into an empty table).
    static constexpr qint64 kStride = qint64(1) << 32;
    // At least this much between neighbours after a stretch is numbered again.
    static constexpr qint64 kMinSpacing = qint64(1) << 20;

private:
    // The labelled neighbours of a gap (absent: none on that side).
    struct Gap
    {
        std::optional<qint64> low;
        std::optional<qint64> high;
        bool operator==(const Gap&) const = default;
    };
    Result<QList<Gap>> gapsOf(const QList<Key>& sortedKeys);
    // `count` labels for new users in `gap`, numbering a stretch around it again when it has no room.
    Result<QList<qint64>> labelsIn(const Gap& gap, qsizetype count);
    Result<QList<qint64>> renumberAround(const Gap& gap, qsizetype count);

    Database& m_database;
};

} // namespace tfk
