// What the kill test and its driver agree on: the driver marks every edit in
// the first article's headline, and reports each step on a line of its
// standard output before and after it, so that after SIGKILL the test knows
// what the files on disk may hold.
#pragma once

#include <QString>

namespace galley::killtest {

// The lines the driver prints, each followed by an edit number.
inline constexpr char editLine[] = "edit";             // the edit is in the document
inline constexpr char savingLine[] = "saving";         // a save of that edit starts
inline constexpr char savedLine[] = "saved";           // the save is on disk
inline constexpr char autosavingLine[] = "autosaving"; // a recovery copy is being written
inline constexpr char autosavedLine[] = "autosaved";   // the recovery copy holds that edit
inline constexpr char readyLine[] = "ready";           // the project is open

inline QString headlineFor(qint64 edit) {
    return QStringLiteral("Kill test edit %1").arg(edit);
}

// The edit a headline marks; -1 when it marks none.
inline qint64 editOf(const QString &headline) {
    const QString prefix = QStringLiteral("Kill test edit ");
    if (!headline.startsWith(prefix))
        return -1;
    bool ok = false;
    const qint64 edit = headline.mid(prefix.size()).toLongLong(&ok);
    return ok ? edit : -1;
}

} // namespace galley::killtest
