#include "settingsdialog.h"

#include "settingeditor.h"

#include <store/store.h>

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

using Category = kpi::SettingSpec::Category;

constexpr Category kCategories[] = {Category::Thresholds, Category::Windows, Category::Targets, Category::Costs,
                                    Category::Other};

} // namespace

QString SettingsDialog::categoryTitle(Category category)
{
    switch (category) {
    case Category::Thresholds: return tr("Thresholds");
    case Category::Windows: return tr("Windows");
    case Category::Targets: return tr("Targets");
    case Category::Costs: return tr("Costs");
    case Category::Other: return tr("Other");
    }
    return {};
}

SettingsDialog::SettingsDialog(store::Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_pages(new QTabWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Settings"));
    for (const Category category : kCategories) {
        const qsizetype before = m_editors.size();
        auto *page = new QWidget;
        // A grid rather than a form: each meaning wraps on its own row under its editor.
        auto *grid = new QGridLayout(page);
        grid->setColumnStretch(1, 1);
        grid->setVerticalSpacing(2);
        for (const kpi::SettingSpec &spec : kpi::KpiSettings::specs()) {
            if (spec.category != category)
                continue;
            auto *editor = new SettingEditor(spec, page);
            const QString meaningText = kpi::KpiSettings::meaning(spec);
            const QString help = tr("%1 (setting %2)").arg(meaningText, spec.key);
            editor->widget()->setToolTip(help);
            auto *label = new QLabel(kpi::KpiSettings::displayName(spec) + u':', page);
            label->setBuddy(editor->widget());
            label->setToolTip(help);
            auto *meaning = new QLabel(meaningText.left(1).toUpper() + meaningText.mid(1), page);
            meaning->setWordWrap(true);
            meaning->setForegroundRole(QPalette::PlaceholderText);
            const int row = grid->rowCount();
            grid->addWidget(label, row, 0);
            grid->addWidget(editor->widget(), row, 1, Qt::AlignLeft);
            grid->addWidget(meaning, row + 1, 1);
            grid->setRowMinimumHeight(row + 2, 10);
            connect(editor, &SettingEditor::edited, this, &SettingsDialog::updateButtons);
            m_editors.append(editor);
        }
        grid->setRowStretch(grid->rowCount(), 1);
        if (m_editors.size() == before) {
            delete page;
            continue;
        }
        auto *scroll = new QScrollArea(m_pages);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setWidget(page);
        m_pages->addTab(scroll, categoryTitle(category));
    }
    // Money figures are in the chosen currency: show it beside every amount.
    for (SettingEditor *currency : std::as_const(m_editors)) {
        if (currency->spec().key != u"currency")
            continue;
        const auto showCurrency = [this, currency] {
            for (SettingEditor *e : std::as_const(m_editors))
                e->setCurrency(currency->text());
        };
        connect(currency, &SettingEditor::edited, this, showCurrency);
    }

    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { apply(); });
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Fill in the shipped defaults on every page (saved on Apply or OK)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    load();
    resize(720, 560);
}

void SettingsDialog::load()
{
    const QString currency = kpi::KpiSettings::value(m_store, QStringLiteral("currency"));
    for (SettingEditor *editor : std::as_const(m_editors)) {
        QString ignored;
        // A stored value the setting does not take (written by hand) shows the default,
        // as KpiSettings::load computes with it.
        if (!editor->setText(kpi::KpiSettings::value(m_store, editor->spec().key), &ignored))
            editor->setText(editor->spec().defaultValue, &ignored);
        editor->setCurrency(currency);
        m_saved.insert(editor->spec().key, editor->text());
    }
    updateButtons();
}

void SettingsDialog::updateButtons()
{
    bool edited = false;
    for (const SettingEditor *editor : std::as_const(m_editors))
        edited = edited || editor->text() != m_saved.value(editor->spec().key);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(edited);
}

QString SettingsDialog::valueText(const QString &key) const
{
    for (const SettingEditor *editor : m_editors) {
        if (editor->spec().key == key)
            return editor->text();
    }
    return {};
}

QWidget *SettingsDialog::editor(const QString &key) const
{
    for (const SettingEditor *editor : m_editors) {
        if (editor->spec().key == key)
            return editor->widget();
    }
    return nullptr;
}

QStringList SettingsDialog::pageTitles() const
{
    QStringList titles;
    for (int i = 0; i < m_pages->count(); ++i)
        titles.append(m_pages->tabText(i));
    return titles;
}

bool SettingsDialog::setValueText(const QString &key, const QString &text, QString *error)
{
    for (SettingEditor *editor : std::as_const(m_editors)) {
        if (editor->spec().key == key)
            return editor->setText(text, error);
    }
    return kpi::KpiSettings::validate(key, text, error); // says "unknown setting"
}

void SettingsDialog::restoreDefaults()
{
    for (SettingEditor *editor : std::as_const(m_editors)) {
        QString ignored;
        editor->setText(editor->spec().defaultValue, &ignored);
    }
}

bool SettingsDialog::apply(QString *error)
{
    bool written = false;
    QString problem;
    for (const SettingEditor *editor : std::as_const(m_editors)) {
        const QString key = editor->spec().key;
        const QString text = editor->text();
        if (text == m_saved.value(key))
            continue;
        if (!kpi::KpiSettings::save(m_store, key, text, &problem))
            break;
        m_saved.insert(key, text);
        written = true;
    }
    m_error->setText(problem.isEmpty() ? QString() : tr("⚠ Not saved: %1").arg(problem));
    m_error->setVisible(!problem.isEmpty());
    if (error)
        *error = problem;
    updateButtons();
    if (written)
        emit settingsChanged();
    return problem.isEmpty();
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace huddle::ui
