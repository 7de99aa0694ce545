#include "dialogchecks.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QWidget>

namespace Homing::Test {

namespace {

// The mnemonic of a text, lower case; a null QChar when it has none ("&&" is a literal '&').
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString nameOf(const QWidget *widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

// The widgets Tab stops at: shown, accepting focus by Tab, and not a part inside another one (the
// line edit in a spin box or combo box).
bool tabStop(const QWidget *widget, const QWidget *dialog)
{
    if (!widget->isVisibleTo(dialog) || !(widget->focusPolicy() & Qt::TabFocus))
        return false;
    const QWidget *parent = widget->parentWidget();
    return !qobject_cast<const QAbstractSpinBox *>(parent) && !qobject_cast<const QComboBox *>(parent);
}

} // namespace

QStringList mnemonicClashes(QWidget *dialog, QStringList *seen)
{
    QHash<QChar, QStringList> users;
    const auto add = [&users](const QString &text) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            users[letter].append(text);
    };
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(dialog))
            add(label->text());
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(dialog))
            add(button->text());
    }
    for (QGroupBox *box : dialog->findChildren<QGroupBox *>()) {
        if (box->isVisibleTo(dialog))
            add(box->title());
    }
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (seen)
            seen->append(it.value());
        if (it.value().size() > 1)
            clashes.append(QString(it.key()) + QStringLiteral(": ") + it.value().join(QStringLiteral(", ")));
    }
    return clashes;
}

QStringList clippedWidgets(QWidget *window)
{
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList problems;
    const QRect inside = window->rect();
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || widget->isWindow())
            continue;
        const bool control = qobject_cast<QLabel *>(widget) || qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget);
        if (!control || (!tabStop(widget, window) && !qobject_cast<QLabel *>(widget)))
            continue;
        bool scrolled = false;
        for (QWidget *up = widget->parentWidget(); up && up != window; up = up->parentWidget())
            scrolled = scrolled || qobject_cast<QAbstractScrollArea *>(up);
        if (scrolled)
            continue;
        const QSize need = widget->minimumSizeHint();
        if (widget->width() < need.width() || widget->height() < need.height())
            problems.append(QStringLiteral("%1 is %2x%3, needs %4x%5")
                                .arg(nameOf(widget))
                                .arg(widget->width())
                                .arg(widget->height())
                                .arg(need.width())
                                .arg(need.height()));
        auto *label = qobject_cast<QLabel *>(widget);
        if (label && label->wordWrap() && label->height() < label->heightForWidth(label->width()))
            problems.append(QStringLiteral("%1 is %2 px high, its wrapped text needs %3")
                                .arg(nameOf(widget))
                                .arg(widget->height())
                                .arg(label->heightForWidth(label->width())));
        const QRect at(widget->mapTo(window, QPoint()), widget->size());
        if (!inside.contains(at))
            problems.append(QStringLiteral("%1 reaches past the window's edge").arg(nameOf(widget)));
    }
    for (QTableView *view : window->findChildren<QTableView *>()) {
        if (!view->isVisibleTo(window) || !view->model())
            continue;
        QHeaderView *header = view->horizontalHeader();
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section)
                || (header->stretchLastSection() && header->visualIndex(section) == header->count() - 1))
                continue;
            const QString title = view->model()->headerData(section, Qt::Horizontal).toString();
            const int need = header->fontMetrics().horizontalAdvance(title);
            if (header->sectionSize(section) < need)
                problems.append(QStringLiteral("%1: the column \"%2\" is %3 px, its title needs %4")
                                    .arg(nameOf(view), title)
                                    .arg(header->sectionSize(section))
                                    .arg(need));
        }
    }
    return problems;
}

QStringList focusChainProblems(QWidget *dialog)
{
    // Rows added since the dialog was shown (another provider's fields) get their places now.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QList<QWidget *> stops;
    for (QWidget *widget = dialog->nextInFocusChain(); widget && widget != dialog;
         widget = widget->nextInFocusChain()) {
        if (tabStop(widget, dialog) && dialog->isAncestorOf(widget) && !stops.contains(widget))
            stops.append(widget);
    }
    QStringList problems;
    for (qsizetype i = 0; i + 1 < stops.size(); ++i) {
        const QRect a(stops.at(i)->mapTo(dialog, QPoint()), stops.at(i)->size());
        const QRect b(stops.at(i + 1)->mapTo(dialog, QPoint()), stops.at(i + 1)->size());
        const bool sameRow = qAbs(a.center().y() - b.center().y()) < std::min(a.height(), b.height()) / 2;
        const bool inOrder = sameRow ? b.left() > a.left() : b.top() > a.top();
        if (!inOrder)
            problems.append(QStringLiteral("after %1 comes %2, which is %3 it")
                                .arg(nameOf(stops.at(i)), nameOf(stops.at(i + 1)),
                                     sameRow ? QStringLiteral("left of") : QStringLiteral("above")));
    }
    if (stops.size() < 2)
        problems.append(QStringLiteral("fewer than two widgets take the focus by Tab"));
    return problems;
}

} // namespace Homing::Test
