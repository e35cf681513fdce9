#include "redact.h"

#include <QRegularExpression>

namespace huddle {

QString redactIdentifiers(const QString &text)
{
    static const QRegularExpression email(QStringLiteral(R"([\w.+-]+@[\w-]+(\.[\w-]+)+)"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    // Five digits with separators between: 06-12345678, +31 6 1234 5678, 4111 1111 1111 1111.
    static const QRegularExpression number(QStringLiteral(R"(\+?\d(?:[\s.\-/]?\d){4,})"));
    QString redacted = text;
    redacted.replace(email, QStringLiteral("[…]"));
    redacted.replace(number, QStringLiteral("[…]"));
    return redacted;
}

} // namespace huddle
