// The host editor takes a pasted TSIG key block for the rfc2136 provider: pasting the output of
// BIND's tsig-keygen (or Knot's keymgr -t) fills the key name, the algorithm and the secret, which
// leaves the dialog through secrets() only; a block without a key says so next to the box.
#include "dialogs/hosteditordialog.h"
#include "providers/providerregistry.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Homing;

namespace {

const QString kBind = QStringLiteral("key \"home-key\" {\n\talgorithm hmac-sha384;\n\tsecret "
                                     "\"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4v\";\n};\n");
const QString kKnot = QStringLiteral("# hmac-sha224:knot-key:c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0\nkey:\n  - id: knot-key\n"
                                     "    algorithm: hmac-sha224\n    secret: c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0\n");

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

} // namespace

class TestKeyBlockPaste : public QObject
{
    Q_OBJECT

    void choose(HostEditorDialog *dialog, const QString &providerName)
    {
        auto *provider = child<QComboBox>(dialog, "provider");
        const int index = provider->findText(providerName, Qt::MatchStartsWith);
        QVERIFY(index >= 0);
        provider->setCurrentIndex(index);
    }

    void paste(QWidget *box, const QString &text)
    {
        QApplication::clipboard()->setText(text);
        box->setFocus();
        QTest::keySequence(box, QKeySequence::Paste);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pastedBlocksFillTheKeyFields_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("secret");
        QTest::newRow("BIND tsig-keygen")
            << kBind << QStringLiteral("home-key") << QStringLiteral("hmac-sha384")
            << QStringLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4v");
        QTest::newRow("Knot keymgr -t") << kKnot << QStringLiteral("knot-key") << QStringLiteral("hmac-sha224")
                                        << QStringLiteral("c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0");
    }
    void pastedBlocksFillTheKeyFields()
    {
        QFETCH(QString, block);
        QFETCH(QString, name);
        QFETCH(QString, algorithm);
        QFETCH(QString, secret);
        HostEditorDialog dialog(ProviderRegistry::catalogue(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        choose(&dialog, QStringLiteral("Your own name server"));
        auto *box = child<QPlainTextEdit>(&dialog, "keyBlock");
        QVERIFY(box);
        QVERIFY(child<QLineEdit>(&dialog, "field_keyname")->text().isEmpty());
        QCOMPARE(child<QComboBox>(&dialog, "field_algorithm")->currentText(), QStringLiteral("hmac-sha256"));

        paste(box, block);
        QTRY_COMPARE(child<QLineEdit>(&dialog, "field_keyname")->text(), name);
        QCOMPARE(child<QComboBox>(&dialog, "field_algorithm")->currentText(), algorithm);
        QCOMPARE(child<QLineEdit>(&dialog, "field_secret")->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.secrets().value(QStringLiteral("secret")), secret);
        QVERIFY(!dialog.host().settings.contains(QStringLiteral("secret")));
        QCOMPARE(dialog.host().settings.value(QStringLiteral("keyname")).toString(), name);
        auto *message = child<QLabel>(&dialog, "message_keyBlock");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(name), qPrintable(message->text()));

        QTest::keyClicks(child<QLineEdit>(&dialog, "hostName"), QStringLiteral("home.example.org"));
        QTRY_VERIFY(child<QPushButton>(&dialog, "save")->isEnabled());
    }

    void aBlockWithoutAKeySaysSo()
    {
        HostEditorDialog dialog(ProviderRegistry::catalogue(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        choose(&dialog, QStringLiteral("Your own name server"));
        paste(child<QPlainTextEdit>(&dialog, "keyBlock"), QStringLiteral("hello, this is not a key"));
        auto *message = child<QLabel>(&dialog, "message_keyBlock");
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("No key found")), qPrintable(message->text()));
        QVERIFY(child<QLineEdit>(&dialog, "field_keyname")->text().isEmpty());
        QVERIFY(dialog.secrets().isEmpty());
    }

    void otherProvidersHaveNoPasteBox()
    {
        HostEditorDialog dialog(ProviderRegistry::catalogue(), {});
        choose(&dialog, QStringLiteral("PowerDNS"));
        QVERIFY(!dialog.findChild<QPlainTextEdit *>(QStringLiteral("keyBlock")));
    }
};

QTEST_MAIN(TestKeyBlockPaste)
#include "tst_keyblockpaste.moc"
