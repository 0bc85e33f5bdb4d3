#include "crypto/SecretCipher.h"

#include "QcaTestEnvironment.h"
#include "ResultAssertions.h"

#include <QTest>
#include <QtCrypto>

using namespace Qt::StringLiterals;
using tfk::DataKey;
using tfk::SecretCipher;

namespace {

const QByteArray kKeyA = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
const QByteArray kKeyB = QByteArray::fromHex("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f");
// The FusionAuth tutorial's secret, sealed for a user id.
const QByteArray kSecret = "8MJJfCY4ERBtotvenSc3"_ba;
const QByteArray kUserId = "00000000-0000-0001-0000-000000000001"_ba;
const QByteArray kOtherUserId = "00000000-0000-0001-0000-000000000002"_ba;

// version + nonce + context length + tag.
constexpr int kOverhead = 1 + 12 + 4 + 16;

} // namespace

class TestSecretCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TFK_REQUIRE_QCA(m_qca); }
    void roundTrip_data();
    void roundTrip();
    void layoutAndLength();
    void sealsOfTheSameInputDiffer();
    void wrongDataKeyIsAMismatch();
    void everyBitFlipFailsToOpen();
    void otherContextDoesNotOpen();
    void contextBoundaryCannotShift();
    void malformedInputIsInvalid_data();
    void malformedInputIsInvalid();
    void aes256GcmKnownAnswerThroughQca_data();
    void aes256GcmKnownAnswerThroughQca();
    void keyedHashMatchesOpenSsl();
    void keyedHashSeparatesKeysAndValues();

private:
    tfk::test::QcaTestEnvironment m_qca;
};

void TestSecretCipher::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("context");
    QTest::newRow("tutorial secret") << kSecret << kUserId;
    QTest::newRow("empty plaintext") << QByteArray() << kUserId;
    QTest::newRow("empty context") << kSecret << QByteArray();
    QTest::newRow("binary, 1000 bytes") << QByteArray(1000, '\0') << "\xff\x00\x01"_ba;
}

void TestSecretCipher::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, context);
    const SecretCipher cipher(DataKey::fromBytes(kKeyA));
    const auto sealed = cipher.seal(plaintext, context);
    TFK_VERIFY_OK(sealed);
    QVERIFY(!sealed->contains(kSecret));
    const auto opened = cipher.open(*sealed, context);
    TFK_VERIFY_OK(opened);
    QCOMPARE(*opened, plaintext);
    // Another cipher object under the same key opens it too: nothing but the key is needed.
    const auto reopened = SecretCipher(DataKey::fromBytes(kKeyA)).open(*sealed, context);
    TFK_VERIFY_OK(reopened);
    QCOMPARE(*reopened, plaintext);
}

void TestSecretCipher::layoutAndLength()
{
    const SecretCipher cipher(DataKey::fromBytes(kKeyA));
    const auto sealed = cipher.seal(kSecret, kUserId);
    TFK_VERIFY_OK(sealed);
    // The context (the user id) travels inside the ciphertext, behind its 4-byte length.
    QCOMPARE(sealed->size(), kOverhead + kUserId.size() + kSecret.size());
    QCOMPARE(sealed->at(0), '\x01');
    QVERIFY(!sealed->contains(kUserId));
}

void TestSecretCipher::sealsOfTheSameInputDiffer()
{
    const SecretCipher cipher(DataKey::fromBytes(kKeyA));
    const auto first = cipher.seal(kSecret, kUserId);
    const auto second = cipher.seal(kSecret, kUserId);
    TFK_VERIFY_OK(first);
    TFK_VERIFY_OK(second);
    QVERIFY(*first != *second);
    QVERIFY2(first->mid(1, 12) != second->mid(1, 12), "every seal must use a fresh nonce");
}

void TestSecretCipher::wrongDataKeyIsAMismatch()
{
    const auto sealed = SecretCipher(DataKey::fromBytes(kKeyA)).seal(kSecret, kUserId);
    TFK_VERIFY_OK(sealed);
    const auto opened = SecretCipher(DataKey::fromBytes(kKeyB)).open(*sealed, kUserId);
    TFK_VERIFY_ERROR(opened, "[DataKeyMismatch]");
    QCOMPARE(opened.error().httpStatus, 500);
    QVERIFY2(opened.error().message.contains(u"data key does not match"_s), qPrintable(opened.error().message));
}

void TestSecretCipher::everyBitFlipFailsToOpen()
{
    const SecretCipher cipher(DataKey::fromBytes(kKeyA));
    const auto sealed = cipher.seal(kSecret, kUserId);
    TFK_VERIFY_OK(sealed);
    for (qsizetype byte = 0; byte < sealed->size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray tampered = *sealed;
            tampered[byte] = char(tampered[byte] ^ (1 << bit));
            const auto opened = cipher.open(tampered, kUserId);
            const QByteArray where = "byte " + QByteArray::number(byte) + " bit " + QByteArray::number(bit);
            QVERIFY2(!opened.has_value(), where.constData());
            // The version byte is checked first; everything after it is covered by the tag.
            const QString expected = byte == 0 ? u"[invalid]sealedSecret"_s : u"[DataKeyMismatch]"_s;
            QVERIFY2(opened.error().code == expected, where.constData());
        }
    }
}

void TestSecretCipher::otherContextDoesNotOpen()
{
    const SecretCipher cipher(DataKey::fromBytes(kKeyA));
    const auto sealed = cipher.seal(kSecret, kUserId);
    TFK_VERIFY_OK(sealed);
    const auto opened = cipher.open(*sealed, kOtherUserId);
    TFK_VERIFY_ERROR(opened, "[mismatch]context");
    QCOMPARE(opened.error().httpStatus, 500);
    TFK_VERIFY_ERROR(cipher.open(*sealed, QByteArray()), "[mismatch]context");
}

void TestSecretCipher::contextBoundaryCannotShift()
{
    // Without the length in front, "ab" + "cX" and "abc" + "X" would be the same plaintext.
    const SecretCipher cipher(DataKey::fromBytes(kKeyA));
    const auto sealed = cipher.seal("cX"_ba, "ab"_ba);
    TFK_VERIFY_OK(sealed);
    TFK_VERIFY_ERROR(cipher.open(*sealed, "abc"_ba), "[mismatch]context");
    TFK_VERIFY_ERROR(cipher.open(*sealed, "a"_ba), "[mismatch]context");
}

void TestSecretCipher::malformedInputIsInvalid_data()
{
    QTest::addColumn<int>("keep");
    QTest::addColumn<char>("version");
    // The shortest sealed value is 33 bytes (empty context and plaintext).
    QTest::newRow("empty") << 0 << '\x01';
    QTest::newRow("version only") << 1 << '\x01';
    QTest::newRow("one byte short") << kOverhead - 1 << '\x01';
    QTest::newRow("version 0") << -1 << '\x00';
    QTest::newRow("version 2") << -1 << '\x02';
    QTest::newRow("version 0xff") << -1 << '\xff';
}

void TestSecretCipher::malformedInputIsInvalid()
{
    QFETCH(int, keep);
    QFETCH(char, version);
    const SecretCipher cipher(DataKey::fromBytes(kKeyA));
    const auto sealed = cipher.seal(QByteArray(), QByteArray());
    TFK_VERIFY_OK(sealed);
    QCOMPARE(sealed->size(), kOverhead);
    QByteArray input = keep < 0 ? *sealed : sealed->left(keep);
    if (!input.isEmpty()) {
        input[0] = version;
    }
    const auto opened = cipher.open(input, QByteArray());
    TFK_VERIFY_ERROR(opened, "[invalid]sealedSecret");
    QCOMPARE(opened.error().httpStatus, 500);
}

void TestSecretCipher::aes256GcmKnownAnswerThroughQca_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");
    // McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", test cases 14 and 15 (AES-256,
    // 96-bit IV, no additional data); also checked with Python's cryptography AESGCM.
    QTest::newRow("test case 14") << QByteArray(32, '\0') << QByteArray(12, '\0') << QByteArray(16, '\0')
                                  << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18")
                                  << QByteArray::fromHex("d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("test case 15")
        << QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
        << QByteArray::fromHex("cafebabefacedbaddecaf888")
        << QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255")
        << QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad")
        << QByteArray::fromHex("b094dac5d93471bdec1a502270e3cc6c");
}

void TestSecretCipher::aes256GcmKnownAnswerThroughQca()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    QCA::Cipher encoder(u"aes256"_s, QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Encode, QCA::SymmetricKey(key),
                        QCA::InitializationVector(iv), QCA::AuthTag(16));
    QByteArray encoded = encoder.update(QCA::MemoryRegion(plaintext)).toByteArray();
    QVERIFY(encoder.ok());
    encoded += encoder.final().toByteArray();
    QVERIFY(encoder.ok());
    QCOMPARE(encoded.toHex(), ciphertext.toHex());
    QCOMPARE(encoder.tag().toByteArray().toHex(), tag.toHex());

    QCA::Cipher decoder(u"aes256"_s, QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Decode, QCA::SymmetricKey(key),
                        QCA::InitializationVector(iv), QCA::AuthTag(tag));
    QByteArray decoded = decoder.update(QCA::MemoryRegion(ciphertext)).toByteArray();
    QVERIFY(decoder.ok());
    decoded += decoder.final().toByteArray();
    QVERIFY(decoder.ok());
    QCOMPARE(decoded.toHex(), plaintext.toHex());

    // And the provider really checks the tag on decoding.
    QByteArray badTag = tag;
    badTag[15] = char(badTag[15] ^ 1);
    QCA::Cipher rejecting(u"aes256"_s, QCA::Cipher::GCM, QCA::Cipher::NoPadding, QCA::Decode, QCA::SymmetricKey(key),
                          QCA::InitializationVector(iv), QCA::AuthTag(badTag));
    rejecting.update(QCA::MemoryRegion(ciphertext));
    rejecting.final();
    QVERIFY(!rejecting.ok());
}

void TestSecretCipher::keyedHashMatchesOpenSsl()
{
    // Expected value computed with the OpenSSL command line, independently of QCA:
    //   KEY=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
    //   printf '%s' 'tfk keyed-hash v1' | openssl dgst -sha256 -mac HMAC -macopt hexkey:$KEY
    //     -> 409cee9be4a08ac25faf5e08c128a8a90bccf75b621d8347bd52b2e00287fccc (the subkey)
    //   printf '%s' '+15551234567' | openssl dgst -sha256 -mac HMAC -macopt hexkey:409cee9b...87fccc
    //     -> 56b4a2bda4722d2491c637eb445338138f04e1134d03ff9248a0a757b53305fb
    const SecretCipher cipher(DataKey::fromBytes(kKeyA));
    QCOMPARE(cipher.keyedHash("+15551234567"_ba).toHex(),
             "56b4a2bda4722d2491c637eb445338138f04e1134d03ff9248a0a757b53305fb"_ba);
}

void TestSecretCipher::keyedHashSeparatesKeysAndValues()
{
    const SecretCipher cipher(DataKey::fromBytes(kKeyA));
    const QByteArray hash = cipher.keyedHash("+15551234567"_ba);
    QCOMPARE(hash.size(), 32);
    QCOMPARE(cipher.keyedHash("+15551234567"_ba), hash);
    QCOMPARE(SecretCipher(DataKey::fromBytes(kKeyA)).keyedHash("+15551234567"_ba), hash);
    QVERIFY(cipher.keyedHash("+15551234568"_ba) != hash);
    QVERIFY(SecretCipher(DataKey::fromBytes(kKeyB)).keyedHash("+15551234567"_ba) != hash);
    QCOMPARE(cipher.keyedHash(QByteArray()).size(), 32);
}

QTEST_GUILESS_MAIN(TestSecretCipher)
#include "tst_secretcipher.moc"
