#include "noteeditor.h"

#include "noteeditcommand.h"
#include "notehistorymodel.h"
#include "notemodel.h"

#include <coaching/noteexport.h>
#include <kpi/kpidefinition.h>
#include <store/store.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

// The date edit's "no follow-up": its minimum, shown as its special value text.
const QDate kNoDate(2000, 1, 1);

using Grain = store::NoteRepository::Grain;

// `target` with the fields the editor edits taken from `from`: undo brings back what was
// typed or chosen, not the note's stored state (acknowledgement, deletion, id).
coaching::CoachingNote withEditedFields(coaching::CoachingNote target, const coaching::CoachingNote &from)
{
    target.agent = from.agent;
    target.week = from.week;
    target.kpis = from.kpis;
    target.observed = from.observed;
    target.agreed = from.agreed;
    target.followUp = from.followUp;
    target.status = from.status;
    target.shared = from.shared;
    return target;
}

} // namespace

NoteEditor::NoteEditor(store::Store &store, const coaching::CoachingNote &note, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_notes(store)
    , m_note(note)
    , m_undo(new QUndoStack(this))
    , m_history(new NoteHistoryModel(this))
    , m_agent(new QComboBox(this))
    , m_week(new QLineEdit(this))
    , m_kpis(new QToolButton(this))
    , m_conflict(new QLabel(this))
    , m_observed(new QPlainTextEdit(this))
    , m_agreed(new QPlainTextEdit(this))
    , m_followUp(new QDateEdit(this))
    , m_status(new QComboBox(this))
    , m_shared(new QCheckBox(tr("&Shared with the agent"), this))
    , m_acknowledged(new QLabel(this))
    , m_state(new QLabel(this))
{
    setAccessibleName(tr("Coaching note"));
    resize(720, 640);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { save(Grain::Typing); });

    auto *tabs = new QTabWidget(this);
    tabs->addTab(createForm(), tr("&Note"));
    auto *historyView = new QTableView(this);
    historyView->setModel(m_history);
    historyView->setAccessibleName(tr("History of the note"));
    historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    historyView->setAlternatingRowColors(true);
    historyView->setWordWrap(true);
    historyView->verticalHeader()->hide();
    historyView->horizontalHeader()->setStretchLastSection(true);
    connect(m_history, &QAbstractItemModel::modelReset, historyView, &QTableView::resizeColumnsToContents);
    tabs->addTab(historyView, tr("&History"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (saveNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("Saved state"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolBar());
    layout->addWidget(tabs, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_state, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    showNote(m_note);
    if (m_note.id != 0)
        m_history->setChanges(m_notes.history(m_note.id), m_store.timeZone());
    showState();
}

NoteEditor::~NoteEditor()
{
    savePendingTyping(); // closed without done(): still nothing typed is lost
}

QWidget *NoteEditor::createToolBar()
{
    auto *bar = new QToolBar(this);
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts({QKeySequence::Undo});
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    bar->addAction(undo);
    bar->addAction(redo);
    addAction(undo);
    addAction(redo);
    bar->addSeparator();
    m_delete = bar->addAction(tr("&Delete"), this, &NoteEditor::softDelete);
    m_delete->setToolTip(tr("Move the note to the bin: it can be restored"));
    m_restore = bar->addAction(tr("&Restore"), this, &NoteEditor::restore);
    m_acknowledge = bar->addAction(tr("Agent &acknowledged"), this, &NoteEditor::acknowledge);
    m_acknowledge->setToolTip(tr("The agent has read this shared note"));
    m_export = bar->addAction(tr("&Export for the agent…"), this, &NoteEditor::exportForAgent);
    m_export->setToolTip(tr("Save the shared note as Markdown to print or send"));
    return bar;
}

QWidget *NoteEditor::createForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);

    m_agent->setEditable(true);
    m_agent->setInsertPolicy(QComboBox::NoInsert);
    m_agent->setAccessibleName(tr("Agent"));
    connect(m_agent, &QComboBox::currentTextChanged, this, [this] { edited(QStringLiteral("agent"), tr("agent"), true); });
    layout->addRow(tr("A&gent:"), m_agent);

    m_week->setPlaceholderText(tr("the week it was written, or e.g. 2026-W45"));
    m_week->setAccessibleName(tr("Week"));
    connect(m_week, &QLineEdit::textEdited, this, [this] { edited(QStringLiteral("week"), tr("week"), true); });
    layout->addRow(tr("&Week:"), m_week);

    auto *kpiMenu = new QMenu(m_kpis);
    for (const kpi::KpiSpec &spec : kpi::kpiSpecs()) {
        QAction *action = kpiMenu->addAction(kpi::Definitions::name(spec));
        action->setCheckable(true);
        action->setData(QString::fromLatin1(spec.id));
        connect(action, &QAction::toggled, this, [this] {
            if (!m_showing)
                edited(QStringLiteral("kpi"), tr("KPIs"), false);
        });
    }
    m_kpis->setMenu(kpiMenu);
    m_kpis->setPopupMode(QToolButton::InstantPopup);
    m_kpis->setAccessibleName(tr("KPIs"));
    m_kpis->setToolTip(tr("The KPIs the note is about: their effect is measured before and after the note's week"));
    layout->addRow(tr("&KPIs:"), m_kpis);

    m_conflict->setAccessibleName(tr("Conflict"));
    layout->addRow(tr("Conflict:"), m_conflict);

    m_observed->setAccessibleName(tr("Observed"));
    m_agreed->setAccessibleName(tr("Agreed"));
    m_agreed->setPlaceholderText(tr("What you and the agent agreed on"));
    for (QPlainTextEdit *edit : {m_observed, m_agreed}) {
        edit->setTabChangesFocus(true);
        edit->setUndoRedoEnabled(false); // the editor's undo stack covers every field
        edit->installEventFilter(this);
    }
    connect(m_observed, &QPlainTextEdit::textChanged, this, [this] { edited(QStringLiteral("text"), tr("observed"), true); });
    connect(m_agreed, &QPlainTextEdit::textChanged, this, [this] { edited(QStringLiteral("agreed"), tr("agreed"), true); });
    layout->addRow(tr("&Observed:"), m_observed);
    layout->addRow(tr("A&greed:"), m_agreed);
    m_week->installEventFilter(this);
    m_agent->installEventFilter(this);

    m_followUp->setCalendarPopup(true);
    m_followUp->setMinimumDate(kNoDate);
    m_followUp->setSpecialValueText(tr("none"));
    m_followUp->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_followUp->setAccessibleName(tr("Follow-up"));
    connect(m_followUp, &QDateEdit::dateChanged, this, [this] { edited(QStringLiteral("follow_up"), tr("follow-up"), true); });
    auto *noFollowUp = new QToolButton(form);
    noFollowUp->setText(tr("None"));
    noFollowUp->setToolTip(tr("No follow-up date"));
    connect(noFollowUp, &QToolButton::clicked, this, [this] { m_followUp->setDate(kNoDate); });
    auto *followUpRow = new QHBoxLayout;
    followUpRow->addWidget(m_followUp);
    followUpRow->addWidget(noFollowUp);
    followUpRow->addStretch(1);
    auto *followUpLabel = new QLabel(tr("&Follow-up:"), form);
    followUpLabel->setBuddy(m_followUp);
    layout->addRow(followUpLabel, followUpRow);

    for (coaching::NoteStatus status : {coaching::NoteStatus::Open, coaching::NoteStatus::Done, coaching::NoteStatus::Cancelled})
        m_status->addItem(NoteModel::statusText(status), int(status));
    m_status->setAccessibleName(tr("Status"));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { edited(QStringLiteral("status"), tr("status"), false); });
    layout->addRow(tr("S&tatus:"), m_status);

    m_shared->setToolTip(tr("Shared notes can be printed for the agent; private ones are the team leader's own"));
    connect(m_shared, &QCheckBox::toggled, this, [this] { edited(QStringLiteral("shared"), tr("shared"), false); });
    auto *sharedRow = new QHBoxLayout;
    sharedRow->addWidget(m_shared);
    sharedRow->addWidget(m_acknowledged, 1);
    layout->addRow(QString(), sharedRow);
    return form;
}

void NoteEditor::setAgents(const QStringList &agents)
{
    m_showing = true;
    const QString current = m_agent->currentText();
    m_agent->clear();
    m_agent->addItems(agents);
    m_agent->setCurrentText(current.isEmpty() ? m_note.agent : current);
    if (m_note.agent.isEmpty())
        m_agent->setCurrentIndex(-1); // the team leader chooses
    m_showing = false;
}

void NoteEditor::showNote(const coaching::CoachingNote &note)
{
    m_showing = true;
    if (m_agent->currentText() != note.agent)
        m_agent->setCurrentText(note.agent);
    if (m_week->text() != note.week)
        m_week->setText(note.week);
    if (m_observed->toPlainText() != note.observed)
        m_observed->setPlainText(note.observed);
    if (m_agreed->toPlainText() != note.agreed)
        m_agreed->setPlainText(note.agreed);
    m_followUp->setDate(note.followUp.value_or(kNoDate));
    m_status->setCurrentIndex(m_status->findData(int(note.status)));
    m_shared->setChecked(note.shared);
    for (QAction *action : m_kpis->menu()->actions())
        action->setChecked(note.kpis.contains(action->data().toString()));
    m_showing = false;
    showKpis();
}

void NoteEditor::showKpis()
{
    QStringList names;
    for (const QAction *action : m_kpis->menu()->actions()) {
        if (action->isChecked())
            names.append(action->text());
    }
    m_kpis->setText(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
}

coaching::CoachingNote NoteEditor::fromWidgets() const
{
    coaching::CoachingNote note = m_note;
    note.agent = m_agent->currentText().trimmed();
    note.week = m_week->text().trimmed();
    note.observed = m_observed->toPlainText();
    note.agreed = m_agreed->toPlainText();
    note.followUp = m_followUp->date() == kNoDate ? std::nullopt : std::optional<QDate>(m_followUp->date());
    note.status = coaching::NoteStatus(m_status->currentData().toInt());
    note.shared = m_shared->isChecked();
    note.kpis.clear();
    for (const QAction *action : m_kpis->menu()->actions()) {
        if (action->isChecked())
            note.kpis.append(action->data().toString());
    }
    return note;
}

void NoteEditor::edited(const QString &field, const QString &title, bool typed)
{
    if (m_showing)
        return;
    const coaching::CoachingNote after = fromWidgets();
    if (after == m_note)
        return;
    showKpis();
    m_typing = typed;
    m_undo->push(new NoteEditCommand(field, tr("Edit %1").arg(title), m_note, after, typed,
                                     [this](const coaching::CoachingNote &note, bool inWidgets) {
                                         applyFromUndo(note, inWidgets);
                                     }));
}

void NoteEditor::applyFromUndo(const coaching::CoachingNote &note, bool inWidgets)
{
    if (!inWidgets)
        savePendingTyping(); // what was typed before the undo is history too
    m_note = withEditedFields(m_note, note);
    if (!inWidgets)
        showNote(m_note);
    // Typing waits for a pause; a choice, an undo or a redo is saved at once.
    if (inWidgets && m_typing)
        m_autosave.start();
    else
        save(Grain::EachChange);
}

bool NoteEditor::saveNow()
{
    return save(m_autosave.isActive() ? Grain::Typing : Grain::EachChange);
}

bool NoteEditor::savePendingTyping()
{
    return !m_autosave.isActive() || save(Grain::Typing);
}

bool NoteEditor::save(Grain grain)
{
    m_autosave.stop();
    m_problem = coaching::problemWith(m_note);
    if (!m_problem.isEmpty()) {
        showState();
        return false;
    }
    QString error;
    bool ok = false;
    if (m_note.id == 0) {
        if (const auto id = m_notes.add(m_note, &error)) {
            m_note = withEditedFields(*m_notes.get(*id), m_note);
            ok = true;
        }
    } else {
        ok = m_notes.update(m_note, &error, grain);
    }
    afterStoreChange(ok, error);
    return ok;
}

void NoteEditor::afterStoreChange(bool ok, const QString &error)
{
    m_problem = ok ? QString() : error;
    if (ok) {
        m_savedAt = QDateTime::currentDateTime();
        if (const auto stored = m_notes.get(m_note.id)) {
            m_note.acknowledgedAt = stored->acknowledgedAt;
            m_note.deletedAt = stored->deletedAt;
            m_note.updatedAt = stored->updatedAt;
        }
        m_history->setChanges(m_notes.history(m_note.id), m_store.timeZone());
    }
    showState();
    if (ok)
        emit noteSaved(m_note.id);
}

QString NoteEditor::statusText() const
{
    return m_state->text();
}

void NoteEditor::showState()
{
    const bool stored = m_note.id != 0;
    const bool deleted = m_note.isDeleted();
    setWindowTitle(stored ? tr("Coaching note %1 · %2").arg(m_note.id).arg(m_note.agent)
                          : tr("New coaching note"));
    if (!m_problem.isEmpty())
        m_state->setText(tr("Not saved: %1").arg(m_problem));
    else if (deleted)
        m_state->setText(tr("In the bin since %1: Restore brings it back")
                             .arg(QLocale().toString(m_note.deletedAt.toLocalTime(), QLocale::ShortFormat)));
    else if (m_savedAt.isValid())
        m_state->setText(tr("Saved at %1").arg(QLocale().toString(m_savedAt.time(), QLocale::LongFormat)));
    else
        m_state->setText(stored ? tr("Changes are saved as you type") : tr("Not stored yet: it is stored at your first change, or by Save"));
    m_conflict->setText(m_note.conflict.isEmpty() ? tr("none") : NoteModel::conflictTitle(m_note.conflict));
    m_acknowledged->setText(m_note.acknowledgedAt.isValid()
                                ? tr("acknowledged on %1").arg(QLocale().toString(m_note.acknowledgedAt.toLocalTime().date(),
                                                                                   QLocale::ShortFormat))
                                : QString());
    for (QWidget *w : std::initializer_list<QWidget *>{m_agent, m_week, m_kpis, m_observed, m_agreed, m_followUp, m_status, m_shared})
        w->setEnabled(!deleted);
    m_delete->setVisible(!deleted);
    m_delete->setEnabled(stored);
    m_restore->setVisible(deleted);
    m_acknowledge->setEnabled(stored && !deleted && m_note.shared && !m_note.acknowledgedAt.isValid());
    m_export->setEnabled(stored && !deleted && m_note.shared);
}

void NoteEditor::softDelete()
{
    if (m_note.id == 0 || !savePendingTyping())
        return;
    QString error;
    afterStoreChange(m_notes.softDelete(m_note.id, &error), error);
}

void NoteEditor::restore()
{
    QString error;
    afterStoreChange(m_notes.restore(m_note.id, &error), error);
}

void NoteEditor::acknowledge()
{
    if (!savePendingTyping())
        return;
    QString error;
    afterStoreChange(m_notes.acknowledge(m_note.id, &error), error);
}

bool NoteEditor::exportMarkdown(const QString &path, QString *error)
{
    if (!saveNow()) {
        *error = m_problem;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    file.write(coaching::NoteExport::markdown(m_note, m_store.timeZone()).toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void NoteEditor::exportForAgent()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the note for the agent"),
                                                      tr("coaching-note-%1.md").arg(m_note.id),
                                                      tr("Markdown (*.md);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportMarkdown(path, &error))
        QMessageBox::warning(this, tr("Export the note"), error);
}

void NoteEditor::done(int result)
{
    savePendingTyping();
    QDialog::done(result);
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The fields' own undo would undo only their text, and in another order: the editor's
    // stack takes Ctrl+Z and Ctrl+Shift+Z wherever the cursor is.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
        if (undo || redo) {
            if (event->type() == QEvent::KeyPress)
                undo ? m_undo->undo() : m_undo->redo();
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace huddle::ui
