#include "confuseparser.h"

#include <QCoreApplication>

namespace Homing {

namespace {

struct ConfuseParserText
{
    Q_DECLARE_TR_FUNCTIONS(Homing::Importer)
};

struct Token
{
    enum class Kind
    {
        Word,
        Quoted,
        Symbol, // = += { } ( ) ,
        End
    } kind
        = Kind::End;
    QString text;
    int line = 0;
    QString file;
};

QString expand(const QString &text, const QHash<QString, QString> &env)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('$') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 2);
            if (close > 0) {
                const QString inner = text.mid(i + 2, close - i - 2);
                const qsizetype dash = inner.indexOf(QLatin1String(":-"));
                const QString name = dash >= 0 ? inner.left(dash) : inner;
                const QString fallback = dash >= 0 ? inner.mid(dash + 2) : QString();
                out += env.contains(name) && !env.value(name).isEmpty() ? env.value(name) : fallback;
                i = close;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

class Lexer
{
public:
    Lexer(const QString &text, const QString &file, const QHash<QString, QString> &env)
        : m_text(text)
        , m_file(file)
        , m_env(env)
    {
    }

    bool next(Token *token, QString *error);
    int line() const { return m_line; }

private:
    QString m_text;
    QString m_file;
    const QHash<QString, QString> &m_env;
    qsizetype m_pos = 0;
    int m_line = 1;
};

bool Lexer::next(Token *token, QString *error)
{
    const qsizetype n = m_text.size();
    for (;;) {
        while (m_pos < n && m_text.at(m_pos).isSpace()) {
            if (m_text.at(m_pos) == QLatin1Char('\n'))
                ++m_line;
            ++m_pos;
        }
        if (m_pos >= n) {
            *token = {Token::Kind::End, {}, m_line, m_file};
            return true;
        }
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('#') || m_text.mid(m_pos, 2) == QLatin1String("//")) {
            while (m_pos < n && m_text.at(m_pos) != QLatin1Char('\n'))
                ++m_pos;
            continue;
        }
        if (m_text.mid(m_pos, 2) == QLatin1String("/*")) {
            const qsizetype end = m_text.indexOf(QLatin1String("*/"), m_pos + 2);
            if (end < 0) {
                *error = ConfuseParserText::tr("a /* comment is never closed");
                return false;
            }
            m_line += static_cast<int>(m_text.mid(m_pos, end - m_pos).count(QLatin1Char('\n')));
            m_pos = end + 2;
            continue;
        }
        break;
    }
    const QChar c = m_text.at(m_pos);
    token->line = m_line;
    token->file = m_file;
    if (m_text.mid(m_pos, 2) == QLatin1String("+=")) {
        *token = {Token::Kind::Symbol, QStringLiteral("+="), m_line, m_file};
        m_pos += 2;
        return true;
    }
    if (QStringLiteral("={}(),").contains(c)) {
        *token = {Token::Kind::Symbol, QString(c), m_line, m_file};
        ++m_pos;
        return true;
    }
    if (c == QLatin1Char('\'')) {
        const qsizetype end = m_text.indexOf(QLatin1Char('\''), m_pos + 1);
        if (end < 0) {
            *error = ConfuseParserText::tr("a quote (') is never closed");
            return false;
        }
        token->kind = Token::Kind::Quoted;
        token->text = m_text.mid(m_pos + 1, end - m_pos - 1);
        m_line += static_cast<int>(token->text.count(QLatin1Char('\n')));
        m_pos = end + 1;
        return true;
    }
    if (c == QLatin1Char('"')) {
        QString value;
        qsizetype i = m_pos + 1;
        for (;;) {
            if (i >= n) {
                *error = ConfuseParserText::tr("a quote (\") is never closed");
                return false;
            }
            const QChar d = m_text.at(i);
            if (d == QLatin1Char('"'))
                break;
            if (d == QLatin1Char('\n'))
                ++m_line;
            if (d == QLatin1Char('\\') && i + 1 < n) {
                const QChar e = m_text.at(i + 1);
                i += 2;
                switch (e.unicode()) {
                case 'n':
                    value += QLatin1Char('\n');
                    break;
                case 't':
                    value += QLatin1Char('\t');
                    break;
                case 'r':
                    value += QLatin1Char('\r');
                    break;
                case 'x': {
                    qsizetype len = 0;
                    while (len < 2 && i + len < n
                           && QStringLiteral("0123456789abcdefABCDEF").contains(m_text.at(i + len)))
                        ++len;
                    value += QChar(m_text.mid(i, len).toInt(nullptr, 16));
                    i += len;
                    break;
                }
                default:
                    value += e;
                }
                continue;
            }
            value += d;
            ++i;
        }
        token->kind = Token::Kind::Quoted;
        token->text = expand(value, m_env);
        m_pos = i + 1;
        return true;
    }
    qsizetype i = m_pos;
    while (i < n && !m_text.at(i).isSpace() && !QStringLiteral("\"'={}(),#").contains(m_text.at(i))
           && m_text.mid(i, 2) != QLatin1String("+=")) {
        // ${VAR} may hold any character up to its brace.
        if (m_text.at(i) == QLatin1Char('$') && m_text.mid(i + 1, 1) == QLatin1String("{")) {
            const qsizetype close = m_text.indexOf(QLatin1Char('}'), i);
            if (close > 0) {
                i = close + 1;
                continue;
            }
        }
        ++i;
    }
    token->kind = Token::Kind::Word;
    token->text = expand(m_text.mid(m_pos, i - m_pos), m_env);
    m_pos = i;
    return true;
}

class ConfuseGrammar
{
public:
    ConfuseGrammar(const QHash<QString, QString> &env, const ConfuseParser::IncludeReader &reader,
                   ConfuseParser::Result *result)
        : m_env(env)
        , m_reader(reader)
        , m_result(result)
    {
    }

    void run(const QByteArray &data, const QString &file)
    {
        m_lexers.append(std::make_shared<Lexer>(QString::fromUtf8(data), file, m_env));
        QString error;
        if (!advance(&error) || !parseBody(nullptr, &error)) {
            m_result->error = error;
            m_result->errorLine = m_token.line;
        }
    }

private:
    bool advance(QString *error)
    {
        while (!m_lexers.isEmpty()) {
            if (!m_lexers.last()->next(&m_token, error))
                return false;
            if (m_token.kind != Token::Kind::End || m_lexers.size() == 1)
                return true;
            m_lexers.removeLast(); // an included file ended: go on in the one that included it
        }
        return true;
    }

    bool expect(const QString &symbol, QString *error)
    {
        if (m_token.kind != Token::Kind::Symbol || m_token.text != symbol) {
            *error = ConfuseParserText::tr("expected \"%1\" but found \"%2\"").arg(symbol, m_token.text);
            return false;
        }
        return advance(error);
    }

    bool value(ConfuseParser::Value *out, QString *error)
    {
        out->line = m_token.line;
        if (m_token.kind == Token::Kind::Symbol && m_token.text == QLatin1String("{")) {
            out->list = true;
            if (!advance(error))
                return false;
            while (!(m_token.kind == Token::Kind::Symbol && m_token.text == QLatin1String("}"))) {
                if (m_token.kind != Token::Kind::Word && m_token.kind != Token::Kind::Quoted) {
                    *error = ConfuseParserText::tr("a list holds values separated by commas");
                    return false;
                }
                out->items.append(m_token.text);
                if (!advance(error))
                    return false;
                if (m_token.kind == Token::Kind::Symbol && m_token.text == QLatin1String(","))
                    if (!advance(error))
                        return false;
            }
            return advance(error);
        }
        if (m_token.kind != Token::Kind::Word && m_token.kind != Token::Kind::Quoted) {
            *error = ConfuseParserText::tr("a value is missing");
            return false;
        }
        out->items = {m_token.text};
        return advance(error);
    }

    bool include(ConfuseParser::Section *section, QString *error)
    {
        if (!section) {
            *error = ConfuseParserText::tr("include() is accepted only inside a provider section");
            return false;
        }
        if (!expect(QStringLiteral("("), error))
            return false;
        const QString path = m_token.text;
        if (m_token.kind != Token::Kind::Word && m_token.kind != Token::Kind::Quoted) {
            *error = ConfuseParserText::tr("include() needs a file name");
            return false;
        }
        if (!advance(error))
            return false;
        if (!(m_token.kind == Token::Kind::Symbol && m_token.text == QLatin1String(")"))) {
            *error = ConfuseParserText::tr("expected \")\"");
            return false;
        }
        QByteArray data;
        if (m_lexers.size() > 8 || !m_reader || !m_reader(path, &data)) {
            *error = ConfuseParserText::tr("cannot read the included file %1").arg(path);
            return false;
        }
        // The ")" is consumed by reading on in the included file, which then hands back.
        m_lexers.append(std::make_shared<Lexer>(QString::fromUtf8(data), path, m_env));
        return advance(error);
    }

    bool parseBody(ConfuseParser::Section *section, QString *error)
    {
        for (;;) {
            if (m_token.kind == Token::Kind::End) {
                if (section) {
                    *error = ConfuseParserText::tr("the section %1 is never closed with }").arg(section->title);
                    return false;
                }
                return true;
            }
            if (m_token.kind == Token::Kind::Symbol && m_token.text == QLatin1String("}")) {
                if (!section) {
                    *error = ConfuseParserText::tr("a } without a section");
                    return false;
                }
                return advance(error);
            }
            if (m_token.kind != Token::Kind::Word) {
                *error = ConfuseParserText::tr("expected an option name but found \"%1\"").arg(m_token.text);
                return false;
            }
            const QString name = m_token.text;
            const int line = m_token.line;
            const QString file = m_token.file;
            if (!advance(error))
                return false;
            if (name == QLatin1String("include") && m_token.kind == Token::Kind::Symbol
                && m_token.text == QLatin1String("(")) {
                if (!include(section, error))
                    return false;
                continue;
            }
            if (m_token.kind == Token::Kind::Symbol
                && (m_token.text == QLatin1String("=") || m_token.text == QLatin1String("+="))) {
                const bool append = m_token.text == QLatin1String("+=");
                if (!advance(error))
                    return false;
                ConfuseParser::Value v;
                if (!value(&v, error))
                    return false;
                v.line = line;
                QMap<QString, ConfuseParser::Value> &options = section ? section->options : m_result->globals;
                if (name == QLatin1String("password") || name == QLatin1String("username"))
                    m_result->secretValues += v.items;
                if (append && options.contains(name)) {
                    options[name].items += v.items;
                    options[name].list = true;
                } else {
                    options.insert(name, v);
                }
                continue;
            }
            if (section) {
                *error = ConfuseParserText::tr("sections do not nest: \"%1\" inside %2").arg(name, section->title);
                return false;
            }
            // A section: NAME [TITLE] { ... }
            ConfuseParser::Section sub;
            sub.kind = name;
            sub.line = line;
            sub.file = file;
            if (m_token.kind == Token::Kind::Word || m_token.kind == Token::Kind::Quoted) {
                sub.title = m_token.text;
                if (!advance(error))
                    return false;
            }
            if (!expect(QStringLiteral("{"), error))
                return false;
            if (!parseBody(&sub, error))
                return false;
            addSection(sub);
        }
    }

    void addSection(const ConfuseParser::Section &section)
    {
        for (ConfuseParser::Section &existing : m_result->sections) {
            if (existing.kind == section.kind && existing.title == section.title) {
                m_result->replaced.append(ConfuseParserText::tr("%1 %2 on line %3 (replaced by line %4)")
                                              .arg(section.kind, section.title)
                                              .arg(existing.line)
                                              .arg(section.line));
                existing = section;
                return;
            }
        }
        m_result->sections.append(section);
    }

    const QHash<QString, QString> &m_env;
    const ConfuseParser::IncludeReader &m_reader;
    ConfuseParser::Result *m_result;
    QList<std::shared_ptr<Lexer>> m_lexers;
    Token m_token;
};

} // namespace

ConfuseParser::Result ConfuseParser::parse(const QByteArray &data, const QHash<QString, QString> &env,
                                           const QString &fileName, const IncludeReader &readInclude)
{
    Result result;
    ConfuseGrammar parser(env, readInclude, &result);
    parser.run(data, fileName);
    return result;
}

} // namespace Homing
