#pragma once

#include "model/error.h"

#include <QJsonObject>
#include <QString>

#include <functional>

// Swapping a function's code folder for a new one so that a kill at any instant leaves the old
// code or the new code, whole, described by the CodeSha256 stored for it:
//
//   1. the staged tree moves beside the code:        <fn>/code.new
//   2. what it is (CodeSha256, CodeSize, LastModified) is written beside it: <fn>/code.swap
//   3. <fn>/code  -> <fn>/code.old
//   4. <fn>/code.new -> <fn>/code                     (from here on the new code is the function's)
//   5. function.json is written with the new description
//   6. <fn>/code.swap goes; code.old is thrown away afterwards
//
// recover() (at every start, and before every swap) reads what is on disk: code.new still there
// means the swap did not happen (code.old, if any, goes back); otherwise code.swap, if any,
// describes the code in place and function.json gets its description.
namespace lambdesk::codeswap {

inline constexpr int kSteps = 6;
inline constexpr int kSwappedStep = 4;

// Installs stagedCode (a folder on the same file system) as functionDir/code. `description` is
// the new code's {CodeSha256, CodeSize, LastModified}; writeConfig writes function.json with
// it. The replaced tree is moved to `trash` (a path that must not exist yet), for the caller
// to delete when it likes.
Status replace(const QString &functionDir, const QString &stagedCode, const QJsonObject &description,
               const std::function<Status()> &writeConfig, const QString &trash);

// Finishes or undoes a swap that a kill interrupted; nothing to do for a function at rest.
void recover(const QString &functionDir);

namespace testing {
// replace() stops after this step (1..kSteps) as if killed there; 0: runs whole.
void stopAfterStep(int step);
} // namespace testing

} // namespace lambdesk::codeswap
