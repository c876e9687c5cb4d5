// The open page: its articles (through ArticleModel), the undo stack every
// edit goes through, and where the page came from and is saved to.
#pragma once

#include "document/articlemodel.h"
#include "document/bulletin.h"

#include <QBitArray>
#include <QObject>
#include <QUndoStack>

namespace galley {

class Document : public QObject {
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);

    ArticleModel *model() { return &m_model; }
    const ArticleModel *model() const { return &m_model; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Replaces the whole page; the undo history starts anew and is clean.
    void setBulletin(const Bulletin &bulletin);
    // The page as it is now, for exporters and the project file.
    Bulletin bulletin() const;

    // The file the page is saved to: a project file, or empty until the first save.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);

    QString sourceFile() const { return m_source.sourceFile; }
    QString encoding() const { return m_source.encoding; }
    QString originalText() const { return m_source.originalText; }
    text::Language language() const { return m_source.language; }
    // The OCR pages the text was read from; empty for plain text.
    const QList<text::OcrPage> &scan() const { return m_source.scan; }
    // The words OCR was unsure of, as sorted [start, end) offsets into the
    // original text; empty without a scan.
    const QList<std::pair<qsizetype, qsizetype>> &doubtfulSpans() const { return m_doubtful; }

    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }

    // The repair's decisions on the original text, flips included.
    const QList<text::Decision> &decisions() const { return m_source.decisions; }
    // Flips decisions between the rule's proposal and its alternative: the
    // primitive of the flip commands, which also rewrite the articles.
    void flipDecisions(const QList<qsizetype> &indices);
    // Where each line of the original text starts, for mapping offsets to lines.
    const QList<qsizetype> &lineStarts() const;
    // The source line (from 0) that holds offset `position` of the original text.
    int lineAt(qsizetype position) const;

    // Which decisions a person has looked at: a view state, not an edit.
    bool isReviewed(qsizetype decision) const;
    void setReviewed(qsizetype decision);

Q_SIGNALS:
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void bulletinReplaced();
    void decisionsFlipped(const QList<qsizetype> &indices);
    void reviewedChanged(qsizetype decision);

private:
    QUndoStack m_undoStack;
    ArticleModel m_model;
    Bulletin m_source; // everything but the articles, which the model holds
    QString m_filePath;
    mutable QList<qsizetype> m_lineStarts; // computed on first use
    QBitArray m_reviewed;
    QList<std::pair<qsizetype, qsizetype>> m_doubtful;
};

} // namespace galley
