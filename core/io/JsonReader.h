// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: typed, strict reading of values from an outside JSON document. A value of the wrong type, an
// unknown word, a number out of range is never coerced: the first such problem is kept with the JSON
// path of the offending value, e.g. `tasks[7].percentComplete: expected a number 0-100, got "half"`.
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dx {

class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    /// The path of @p key inside the value at @p where: tasks[3] and notes give tasks[3].notes.
    static QString member(const QString &where, const char *key);
    static QString element(const QString &where, qsizetype index);
    /// A short JSON rendering of @p v for messages (long values are cut).
    static QString shown(const QJsonValue &v);

    /// Text (NFC); absent or null is empty. Refuses any other type and text over @p maxLength characters.
    QString text(const QJsonObject &o, const QString &where, const char *key, qsizetype maxLength);
    /// An ISO date yyyy-MM-dd; absent, null or "" is an invalid QDate.
    QDate date(const QJsonObject &o, const QString &where, const char *key);
    /// A whole number in [min, max]; absent or null is @p absent.
    int integer(const QJsonObject &o, const QString &where, const char *key, int min, int max, int absent);
    /// The element at @p where as a whole number in [min, max]; null is @p absent.
    int integerAt(const QJsonValue &v, const QString &where, int min, int max, int absent);
    /// A finite number; absent or null is std::nullopt unless @p required.
    std::optional<double> number(const QJsonObject &o, const QString &where, const char *key, bool required);
    /// true or false; absent or null is false.
    bool boolean(const QJsonObject &o, const QString &where, const char *key);
    /// An array; absent or null is empty.
    QJsonArray array(const QJsonObject &o, const QString &where, const char *key);
    /// An object; absent or null is empty.
    QJsonObject object(const QJsonObject &o, const QString &where, const char *key);
    /// The element at @p where must be an object.
    QJsonObject objectAt(const QJsonValue &v, const QString &where);
    /// The element at @p where must be text.
    QString textAt(const QJsonValue &v, const QString &where, qsizetype maxLength);
    /// One of @p words (absent or null or "" gives @p absent, which may be empty to make it required).
    QString word(const QJsonObject &o, const QString &where, const char *key, const QStringList &words,
                 const QString &absent);

    /// Records a problem at @p where (only the first one is kept).
    void fail(const QString &where, const QString &problem);
    bool failed() const { return !m_error.isEmpty(); }
    /// "path: problem" of the first problem, or empty.
    QString error() const { return m_error; }

private:
    QString m_error;
};

} // namespace dx
