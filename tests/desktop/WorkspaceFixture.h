#pragma once

#include "TestSupport.h"
#include "desktop/core/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace zs::test {

// A fresh, unlocked workspace in a temporary folder (cheap KDF: a test seam, never used by the app).
class WorkspaceFixture
{
public:
    WorkspaceFixture()
    {
        auto ws =
            Workspace::create(m_dir.filePath(QStringLiteral("ws.zsdb")),
                              SecureBytes::fromPassphrase(QStringLiteral("测试-fixture-2026")), KdfParams::minimal());
        if (ws.ok())
            m_workspace = std::move(ws.value());
        else
            qFatal("%s", qPrintable(ws.error().toString()));
    }
    Workspace& workspace() { return *m_workspace; }
    Database& db() { return m_workspace->db(); }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace zs::test
