// The Code tab's file tree model: listings merged row by row, checked by
// QAbstractItemModelTester at every step.
#include "code/codetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lambdesk;

namespace {

codefiles::Listing listing(const QStringList &paths)
{
    // "dir/" is a folder; parents must be listed before children, as codefiles::list() does.
    codefiles::Listing l;
    for (const QString &p : paths) {
        const bool folder = p.endsWith(u'/');
        l.entries.append(codefiles::Entry{folder ? p.chopped(1) : p, folder, folder ? 0 : 10});
    }
    return l;
}

// The tree as text, one path a line, in display order.
QStringList dump(const CodeTreeModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        out.append(i.data(CodeTreeModel::PathRole).toString() + (m.isFolder(i) ? QStringLiteral("/") : QString()));
        out += dump(m, i);
    }
    return out;
}

} // namespace

class TestCodeTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsSortedTree()
    {
        CodeTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListing(
            listing({u"src/"_qs, u"src/b.py"_qs, u"src/A.py"_qs, u"z.py"_qs, u"lib/"_qs, u"index.mjs"_qs}));
        QCOMPARE(dump(model),
                 (QStringList{u"lib/"_qs, u"src/"_qs, u"src/A.py"_qs, u"src/b.py"_qs, u"index.mjs"_qs, u"z.py"_qs}));
        QCOMPARE(model.columnCount(), 1);
        const QModelIndex a = model.indexOf(u"src/A.py"_qs);
        QVERIFY(a.isValid());
        QCOMPARE(a.data().toString(), u"A.py"_qs);
        QCOMPARE(model.pathOf(a), u"src/A.py"_qs);
        QCOMPARE(model.parent(a), model.indexOf(u"src"_qs));
        QVERIFY(model.flags(a) & Qt::ItemNeverHasChildren);
        QVERIFY(!model.indexOf(u"src/none.py"_qs).isValid());
        QCOMPARE(model.folders(), (QStringList{u"lib"_qs, u"src"_qs}));
        QCOMPARE(model.files(), (QStringList{u"src/A.py"_qs, u"src/b.py"_qs, u"index.mjs"_qs, u"z.py"_qs}));
    }

    void mergeKeepsRowsAndReportsChanges()
    {
        CodeTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListing(listing({u"src/"_qs, u"src/a.py"_qs, u"src/b.py"_qs, u"main.py"_qs}));
        const QPersistentModelIndex kept = model.indexOf(u"src/b.py"_qs);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // a.py renamed to c.py, a folder with content appears, main.py gone.
        model.setListing(listing({u"new/"_qs, u"new/x.py"_qs, u"src/"_qs, u"src/b.py"_qs, u"src/c.py"_qs}));
        QCOMPARE(dump(model), (QStringList{u"new/"_qs, u"new/x.py"_qs, u"src/"_qs, u"src/b.py"_qs, u"src/c.py"_qs}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(removed.count(), 2);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(CodeTreeModel::PathRole).toString(), u"src/b.py"_qs);

        // A file replaced by a folder of the same name.
        model.setListing(
            listing({u"new/"_qs, u"new/x.py"_qs, u"src/"_qs, u"src/b.py"_qs, u"src/c.py/"_qs, u"src/c.py/in.py"_qs}));
        QVERIFY(model.isFolder(model.indexOf(u"src/c.py"_qs)));
        QVERIFY(model.indexOf(u"src/c.py/in.py"_qs).isValid());

        // Sizes change in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto l = listing(
            {u"new/"_qs, u"new/x.py"_qs, u"src/"_qs, u"src/b.py"_qs, u"src/c.py/"_qs, u"src/c.py/in.py"_qs});
        l.entries[1].size = 99;
        model.setListing(l);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.indexOf(u"new/x.py"_qs).data(Qt::ToolTipRole).toString().contains(u"99"_qs));

        model.setListing(listing({}));
        QCOMPARE(model.rowCount(), 0);
        model.setListing(listing({u"a.py"_qs}));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void handlerAndModifiedMarks()
    {
        CodeTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListing(listing({u"lambda_function.py"_qs, u"util.py"_qs}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setHandlerFile(u"lambda_function.py"_qs);
        const QModelIndex handler = model.indexOf(u"lambda_function.py"_qs);
        QCOMPARE(changed.count(), 1);
        QVERIFY(handler.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(handler.data(Qt::ToolTipRole).toString().contains(u"handler"_qs));
        QVERIFY(!model.indexOf(u"util.py"_qs).data(Qt::FontRole).isValid());

        model.setModifiedFiles({u"util.py"_qs});
        QCOMPARE(model.indexOf(u"util.py"_qs).data().toString(), u"util.py  ●"_qs);
        QCOMPARE(model.indexOf(u"util.py"_qs).data(CodeTreeModel::NameRole).toString(), u"util.py"_qs);
        QVERIFY(model.indexOf(u"util.py"_qs).data(Qt::ToolTipRole).toString().contains(u"Changes not deployed"_qs));
        model.setModifiedFiles({});
        QCOMPARE(model.indexOf(u"util.py"_qs).data().toString(), u"util.py"_qs);
        QVERIFY(!handler.data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void truncatedListing()
    {
        CodeTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto l = listing({u"node_modules/"_qs, u"node_modules/a.js"_qs});
        l.truncated = true;
        model.setListing(l);
        QVERIFY(model.isTruncated());
        // An entry whose parent is missing is skipped rather than misplaced.
        model.setListing(listing({u"orphan/child.py"_qs, u"top.py"_qs}));
        QVERIFY(!model.isTruncated());
        QCOMPARE(dump(model), QStringList{u"top.py"_qs});
    }
};

QTEST_MAIN(TestCodeTreeModel)
#include "tst_codetreemodel.moc"
