// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonReader.h"

#include <QJsonDocument>

#include <cmath>

namespace dx {

QString JsonReader::member(const QString &where, const char *key)
{
    return where.isEmpty() ? QString::fromLatin1(key) : where + QLatin1Char('.') + QLatin1String(key);
}

QString JsonReader::element(const QString &where, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(where).arg(index);
}

QString JsonReader::shown(const QJsonValue &v)
{
    QString s;
    switch (v.type()) {
    case QJsonValue::String:
        s = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        break;
    case QJsonValue::Double:
        s = QString::number(v.toDouble(), 'g', 17);
        break;
    case QJsonValue::Bool:
        s = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Null:
        s = QStringLiteral("null");
        break;
    case QJsonValue::Array:
        s = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        s = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Undefined:
        s = tr("nothing");
        break;
    }
    return s.size() > 60 ? s.left(57) + QStringLiteral("...") : s;
}

void JsonReader::fail(const QString &where, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(where, problem);
}

QString JsonReader::textAt(const QJsonValue &v, const QString &where, qsizetype maxLength)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(where, tr("expected text, got %1").arg(shown(v)));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        fail(where,
             tr("the text is %1 characters long; at most %2 are allowed").arg(s.size()).arg(maxLength));
        return {};
    }
    // Text is NFC inside the program, so "ệ" typed on any keyboard compares equal (docs/architecture.md §5).
    return s.normalized(QString::NormalizationForm_C);
}

QString JsonReader::text(const QJsonObject &o, const QString &where, const char *key, qsizetype maxLength)
{
    return textAt(o.value(QLatin1String(key)), member(where, key), maxLength);
}

QDate JsonReader::date(const QJsonObject &o, const QString &where, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
        return {};
    const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
    if (!d.isValid() || v.toString().size() != 10)
        fail(member(where, key), tr("expected a date yyyy-MM-dd, got %1").arg(shown(v)));
    return d;
}

int JsonReader::integer(const QJsonObject &o, const QString &where, const char *key, int min, int max,
                        int absent)
{
    return integerAt(o.value(QLatin1String(key)), member(where, key), min, max, absent);
}

int JsonReader::integerAt(const QJsonValue &v, const QString &where, int min, int max, int absent)
{
    if (v.isNull() || v.isUndefined())
        return absent;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < min || d > max) {
        fail(where, tr("expected a number %1-%2, got %3").arg(min).arg(max).arg(shown(v)));
        return absent;
    }
    return int(d);
}

std::optional<double> JsonReader::number(const QJsonObject &o, const QString &where, const char *key,
                                         bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if ((v.isNull() || v.isUndefined()) && !required)
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(member(where, key), tr("expected a number, got %1").arg(shown(v)));
        return std::nullopt;
    }
    return v.toDouble();
}

bool JsonReader::boolean(const QJsonObject &o, const QString &where, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return false;
    if (!v.isBool())
        fail(member(where, key), tr("expected true or false, got %1").arg(shown(v)));
    return v.toBool();
}

QJsonArray JsonReader::array(const QJsonObject &o, const QString &where, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return {};
    if (!v.isArray())
        fail(member(where, key), tr("expected a list [...], got %1").arg(shown(v)));
    return v.toArray();
}

QJsonObject JsonReader::object(const QJsonObject &o, const QString &where, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return {};
    return objectAt(v, member(where, key));
}

QJsonObject JsonReader::objectAt(const QJsonValue &v, const QString &where)
{
    if (!v.isObject())
        fail(where, tr("expected an object {...}, got %1").arg(shown(v)));
    return v.toObject();
}

QString JsonReader::word(const QJsonObject &o, const QString &where, const char *key,
                         const QStringList &words, const QString &absent)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())) {
        if (absent.isEmpty())
            fail(member(where, key), tr("is required: one of %1").arg(words.join(QLatin1String(", "))));
        return absent;
    }
    if (!v.isString() || !words.contains(v.toString())) {
        fail(member(where, key),
             tr("expected one of %1, got %2").arg(words.join(QLatin1String(", ")), shown(v)));
        return absent;
    }
    return v.toString();
}

} // namespace dx
