#include "yamlreader.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace Homing {

namespace {

struct YamlReaderText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Importer)
};

struct Line
{
    int indent = 0;
    QString text;
    int number = 0;
};

QString stripComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if ((c == QLatin1Char('"') || c == QLatin1Char('\''))
            && (i == 0 || line.at(i - 1).isSpace() || QStringLiteral(":-[,{").contains(line.at(i - 1))))
            quote = c;
        else if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace()))
            return line.left(i);
    }
    return line;
}

bool isDash(const QString &text)
{
    return text == QLatin1String("-") || text.startsWith(QLatin1String("- "));
}

// The position of a mapping's ": " (or final ':') outside quotes; -1 if none.
qsizetype colonAt(const QString &text)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (i == 0 && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
            quote = c;
            continue;
        }
        if (c == QLatin1Char(':') && (i + 1 == text.size() || text.at(i + 1) == QLatin1Char(' ')))
            return i;
    }
    return -1;
}

class YamlParser
{
public:
    explicit YamlParser(QList<Line> lines)
        : m_lines(std::move(lines))
    {
    }

    YamlReader::Result run()
    {
        YamlReader::Result result;
        qsizetype i = 0;
        if (!m_lines.isEmpty())
            result.root = block(i, m_lines.first().indent, 0);
        if (m_error.isEmpty() && i < m_lines.size())
            fail(m_lines.at(i), YamlReaderText::tr("unexpected indentation"));
        result.error = m_error;
        result.errorLine = m_errorLine;
        if (!m_error.isEmpty())
            result.root = QVariant();
        return result;
    }

private:
    void fail(const Line &line, const QString &why)
    {
        if (m_error.isEmpty()) {
            m_error = why;
            m_errorLine = line.number;
        }
    }

    QVariant scalar(const QString &raw, const Line &line)
    {
        const QString text = raw.trimmed();
        if (text.isEmpty() || text == QLatin1String("~") || text == QLatin1String("null"))
            return {};
        if (text.startsWith(QLatin1Char('\''))) {
            if (!text.endsWith(QLatin1Char('\'')) || text.size() < 2) {
                fail(line, YamlReaderText::tr("a quote (') is not closed"));
                return {};
            }
            return text.mid(1, text.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
        }
        if (text.startsWith(QLatin1Char('"'))) {
            if (!text.endsWith(QLatin1Char('"')) || text.size() < 2) {
                fail(line, YamlReaderText::tr("a quote (\") is not closed"));
                return {};
            }
            QString out;
            const QString inner = text.mid(1, text.size() - 2);
            for (qsizetype i = 0; i < inner.size(); ++i) {
                if (inner.at(i) == QLatin1Char('\\') && i + 1 < inner.size()) {
                    const QChar e = inner.at(++i);
                    out += e == QLatin1Char('n') ? QChar(QLatin1Char('\n'))
                        : e == QLatin1Char('t')  ? QChar(QLatin1Char('\t'))
                                                 : e;
                } else {
                    out += inner.at(i);
                }
            }
            return out;
        }
        if (text.startsWith(QLatin1Char('['))) {
            if (!text.endsWith(QLatin1Char(']'))) {
                fail(line, YamlReaderText::tr("a [ list is not closed on its line"));
                return {};
            }
            QVariantList list;
            const QString inner = text.mid(1, text.size() - 2).trimmed();
            if (!inner.isEmpty()) {
                for (const QString &item : inner.split(QLatin1Char(',')))
                    list.append(scalar(item, line));
            }
            return list;
        }
        if (text == QLatin1String("{}"))
            return QVariantMap();
        return text;
    }

    QVariant block(qsizetype &i, int indent, int depth)
    {
        if (depth > 64) {
            fail(m_lines.at(i), YamlReaderText::tr("nested too deeply"));
            i = m_lines.size();
            return {};
        }
        if (isDash(m_lines.at(i).text))
            return sequence(i, indent, depth);
        return mapping(i, indent, depth);
    }

    QVariant child(qsizetype &i, int indent, int depth, bool sameIndentSequence)
    {
        if (i < m_lines.size()
            && (m_lines.at(i).indent > indent
                || (sameIndentSequence && m_lines.at(i).indent == indent && isDash(m_lines.at(i).text))))
            return block(i, m_lines.at(i).indent, depth + 1);
        return {};
    }

    QVariant blockScalar(qsizetype &i, int indent, bool folded)
    {
        QStringList parts;
        while (i < m_lines.size() && m_lines.at(i).indent > indent) {
            parts << m_lines.at(i).text;
            ++i;
        }
        return parts.join(folded ? QLatin1Char(' ') : QLatin1Char('\n'));
    }

    QVariant sequence(qsizetype &i, int indent, int depth)
    {
        QVariantList list;
        while (i < m_lines.size() && m_error.isEmpty() && m_lines.at(i).indent == indent
               && isDash(m_lines.at(i).text)) {
            const Line line = m_lines.at(i);
            const QString rest = line.text.mid(1).trimmed();
            ++i;
            if (rest.isEmpty()) {
                list.append(child(i, indent, depth, false));
                continue;
            }
            if (colonAt(rest) > 0 && !rest.startsWith(QLatin1Char('"')) && !rest.startsWith(QLatin1Char('['))) {
                // "- key: value": a mapping whose keys line up with key.
                const int keyIndent = indent + static_cast<int>(line.text.indexOf(rest));
                m_lines.insert(i, Line {keyIndent, rest, line.number});
                list.append(mapping(i, keyIndent, depth + 1));
                continue;
            }
            list.append(scalar(rest, line));
        }
        return list;
    }

    QVariant mapping(qsizetype &i, int indent, int depth)
    {
        QVariantMap map;
        while (i < m_lines.size() && m_error.isEmpty() && m_lines.at(i).indent == indent
               && !isDash(m_lines.at(i).text)) {
            const Line line = m_lines.at(i);
            const qsizetype colon = colonAt(line.text);
            if (colon <= 0) {
                fail(line, YamlReaderText::tr("expected \"key: value\""));
                return {};
            }
            QString key = line.text.left(colon).trimmed();
            if (key.size() >= 2 && (key.startsWith(QLatin1Char('"')) || key.startsWith(QLatin1Char('\''))))
                key = key.mid(1, key.size() - 2);
            const QString value = line.text.mid(colon + 1).trimmed();
            if (map.contains(key)) {
                fail(line, YamlReaderText::tr("the key \"%1\" is already defined in this mapping").arg(key));
                return {};
            }
            ++i;
            if (value.isEmpty())
                map.insert(key, child(i, indent, depth, true));
            else if (value.startsWith(QLatin1Char('|')) || value.startsWith(QLatin1Char('>')))
                map.insert(key, blockScalar(i, indent, value.startsWith(QLatin1Char('>'))));
            else
                map.insert(key, scalar(value, line));
        }
        if (i < m_lines.size() && m_error.isEmpty() && m_lines.at(i).indent > indent)
            fail(m_lines.at(i), YamlReaderText::tr("unexpected indentation"));
        return map;
    }

    QList<Line> m_lines;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace

YamlReader::Result YamlReader::parse(const QByteArray &data)
{
    QList<Line> lines;
    const QStringList raw = QString::fromUtf8(data).split(QLatin1Char('\n'));
    for (int n = 0; n < raw.size(); ++n) {
        QString text = raw.at(n);
        text.remove(QLatin1Char('\r'));
        if (text.contains(QLatin1Char('\t')) && text.trimmed().size()
            && text.indexOf(QLatin1Char('\t')) < text.indexOf(text.trimmed().at(0))) {
            Result result;
            result.error = YamlReaderText::tr("a tab in the indentation (YAML allows spaces only)");
            result.errorLine = n + 1;
            return result;
        }
        text = stripComment(text);
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || trimmed == QLatin1String("---"))
            continue;
        int indent = 0;
        while (indent < text.size() && text.at(indent) == QLatin1Char(' '))
            ++indent;
        lines.append({indent, trimmed, n + 1});
    }
    return YamlParser(lines).run();
}

} // namespace Homing
