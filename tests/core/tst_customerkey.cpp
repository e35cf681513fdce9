#include <import/customerkey.h>
#include <import/hmacsha256.h>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>
#include <QTest>

using namespace huddle::import;

namespace {
const char *engineName(Sha256::Engine engine)
{
    return engine == Sha256::Engine::Portable ? "portable" : "fastest";
}

QByteArray hex(const Sha256::Digest &digest)
{
    return QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size())).toHex();
}
} // namespace

class TestCustomerKey : public QObject
{
    Q_OBJECT

private slots:
    void sha256MatchesQt_data();
    void sha256MatchesQt();
    void hmacMatchesQt_data();
    void hmacMatchesQt();
    void rfc4231();
    void normalize_data();
    void normalize();
    void sameCustomerSameKey();
    void keyIsHmacOfNormalized_data();
    void keyIsHmacOfNormalized();
};

void TestCustomerKey::sha256MatchesQt_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("piece");
    QTest::addColumn<Sha256::Engine>("engine");
    // Lengths around the padding edges, fed whole and in pieces that cross block edges.
    for (const auto engine : {Sha256::Engine::Portable, Sha256::Engine::Fastest}) {
        for (int length : {0, 1, 55, 56, 63, 64, 65, 1000, 100000}) {
            for (int piece : {1, 7, 64, 1 << 20})
                QTest::addRow("%s, %d bytes in pieces of %d", engineName(engine), length, piece)
                    << length << piece << engine;
        }
    }
}

void TestCustomerKey::sha256MatchesQt()
{
    QFETCH(int, length);
    QFETCH(int, piece);
    QFETCH(Sha256::Engine, engine);
    QByteArray data(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        data[i] = char(i * 31 % 256);
    Sha256 hash(engine);
    for (int at = 0; at < length; at += piece) {
        hash.addData(data.constData() + at, std::size_t(std::min(piece, length - at)));
        hash.addData(nullptr, 0); // nothing, between pieces
    }
    QCOMPARE(hex(hash.result()), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void TestCustomerKey::hmacMatchesQt_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("length");
    QTest::addColumn<HmacSha256::Engine>("engine");
    // Message lengths around SHA-256's block and padding edges; keys short, exactly one
    // block, and longer than a block (hashed first); the plain code and, where the CPU has
    // them, the SHA instructions.
    for (const auto engine : {HmacSha256::Engine::Portable, HmacSha256::Engine::Fastest}) {
        for (int keyLength : {32, 64, 100}) {
            for (int length : {0, 1, 12, 55, 56, 63, 64, 65, 119, 120, 200}) {
                QTest::addRow("%s, key %d, message %d", engineName(engine), keyLength, length)
                    << QByteArray(keyLength, char(0x0b + keyLength)) << length << engine;
            }
        }
    }
}

void TestCustomerKey::hmacMatchesQt()
{
    QFETCH(QByteArray, key);
    QFETCH(int, length);
    QFETCH(HmacSha256::Engine, engine);
    QByteArray message(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        message[i] = char('a' + i * 7 % 251);
    const HmacSha256 hmac(key, engine);
    if (engine == HmacSha256::Engine::Portable)
        QVERIFY(!hmac.accelerated());
    const HmacSha256::Digest mine = hmac.mac(message.constData(), std::size_t(message.size()));
    const QByteArray qt = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
    QCOMPARE(hex(mine), qt.toHex());
}

// RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
void TestCustomerKey::rfc4231()
{
    const QByteArray data = "what do ya want for nothing?";
    for (const auto engine : {HmacSha256::Engine::Portable, HmacSha256::Engine::Fastest}) {
        const HmacSha256 hmac("Jefe", engine);
        const HmacSha256::Digest mac = hmac.mac(data.constData(), std::size_t(data.size()));
        QCOMPARE(hex(mac), QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        if (engine == HmacSha256::Engine::Fastest)
            qInfo("this CPU's SHA instructions: %s", hmac.accelerated() ? "used" : "absent, plain code only");
    }
}

void TestCustomerKey::normalize_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("spaced phone") << "+31 6 1234 5678" << "+31612345678";
    QTest::newRow("dashed phone") << "(020) 123-45.67" << "0201234567";
    QTest::newRow("e-mail case") << " Jan.Jansen@Example.COM " << "jan.jansen@example.com";
    QTest::newRow("account id") << "ACC-77x" << "ACC-77x";
}

void TestCustomerKey::normalize()
{
    QFETCH(QString, identifier);
    QFETCH(QString, normalized);
    QCOMPARE(CustomerKeyHasher::normalize(identifier), normalized);
}

void TestCustomerKey::sameCustomerSameKey()
{
    const CustomerKeyHasher hasher(QByteArray(32, 'k'));
    QCOMPARE(hasher.hash(u"+31 6 1234 5678"), hasher.hash(u"+31612345678"));
    QVERIFY(hasher.hash(u"+31612345678") != hasher.hash(u"+31612345679"));
    // Numbers equal in value are different numbers: leading zeros and the plus count.
    QVERIFY(hasher.hash(u"0612345678") != hasher.hash(u"612345678"));
    QVERIFY(hasher.hash(u"+31612345678") != hasher.hash(u"31612345678"));
    QVERIFY(hasher.hash(u"0612345678") != hasher.hash(u"00612345678"));
    QVERIFY(CustomerKeyHasher(QByteArray(32, 'x')).hash(u"+31612345678") != hasher.hash(u"+31612345678"));
    QCOMPARE(CustomerKeyHasher::mask(u"+31612345678"), QStringLiteral("***78"));
}

void TestCustomerKey::keyIsHmacOfNormalized_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::newRow("phone") << "+31612345678";
    QTest::newRow("spaced and tabbed") << " +31 6\t1234-5678 ";
    QTest::newRow("only a plus") << "+";
    QTest::newRow("plus inside") << "31+612";
    QTest::newRow("e-mail") << "Jan@Example.com";
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("\u0660\u0661\u0662");
    QTest::newRow("line break inside") << "06\n12";
    QTest::newRow("longer than a buffer") << QString(100, u'7');
    QTest::newRow("punctuation only") << "--";
    QTest::newRow("17 digits") << "+12345678901234567";
    QTest::newRow("18 digits") << "123456789012345678";
    QTest::newRow("leading zeros") << "0031612345678";
}

// The fast way for phone numbers gives exactly the key of the general way.
void TestCustomerKey::keyIsHmacOfNormalized()
{
    QFETCH(QString, identifier);
    const QByteArray secret(32, 'k');
    const QByteArray normalized = CustomerKeyHasher::normalize(identifier).toUtf8();
    const HmacSha256::Digest mac = HmacSha256(secret).mac(normalized.constData(), std::size_t(normalized.size()));
    const CustomerKeyHasher hasher(secret);
    QCOMPARE(hasher.hash(identifier), qFromBigEndian<qint64>(mac.data()));
    QCOMPARE(hasher.hash(identifier), qFromBigEndian<qint64>(mac.data())); // remembered, the same
}

QTEST_GUILESS_MAIN(TestCustomerKey)
#include "tst_customerkey.moc"
