#pragma once

#include "desktop/core/domain/Records.h"
#include "sync/store/Clock.h"
#include "sync/store/Error.h"

#include <QList>

namespace zs {

class Database;

// People at companies: name, title, phones, e-mail, WeChat, relation notes.
class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    {
    }

    static QMap<QString, QString> validate(const Contact& contact);
    Result<QString> create(Contact& contact);
    Result<void> update(Contact& contact);
    Result<Contact> get(const QString& id);
    Result<QList<Contact>> forCompany(const QString& companyId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace zs
