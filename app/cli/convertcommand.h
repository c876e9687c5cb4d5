// `galley-cli convert`: reads pages, repairs and segments them, and writes
// them in one export format; many inputs are converted in parallel.
#pragma once

#include "formats/importer.h"
#include "formats/pdfoptions.h"

#include <QString>
#include <QStringList>

namespace galley::cli {

// The exit codes of the command-line contract.
enum ExitCode {
    ExitSuccess = 0,
    ExitInputFailed = 1, // an input could not be read or parsed
    ExitBadArguments = 2,
};

struct ConvertRequest {
    QStringList inputs;
    QString output; // a file for one input, a folder for several; empty or "-" for stdout
    QString format;
    ImportOptions import;
    PdfOptions pageOptions; // for pdf, docx and odt
    int jobs = 0;           // inputs converted at once; 0: one per processor core
};

// Converts every input; messages go to stderr. With several inputs, each is
// converted on its own thread, a progress line shows on stderr when it is a
// terminal, and a summary follows. Every input that can be converted is
// written even when others fail. Returns the exit code.
int runConvert(const ConvertRequest &request);

} // namespace galley::cli
