#include "crypto/keyfile.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace rapport::crypto {
namespace {

namespace fs = std::filesystem;

class KeyFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/rapport-keyfile-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { fs::remove_all(dir_); }

  mode_t ModeOf(const fs::path& p) {
    struct stat st;
    EXPECT_EQ(::stat(p.c_str(), &st), 0);
    return st.st_mode & 0777;
  }

  fs::path dir_;
};

TEST_F(KeyFileTest, CreatesA32ByteOwnerOnlyKeyAndReadsItBack) {
  fs::path path = dir_ / "nested" / "deeper" / "master.key";
  auto created = LoadOrCreateMasterKey(path.string());
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_EQ(created->reveal().size(), 32u);
  EXPECT_EQ(fs::file_size(path), 32u);
  EXPECT_EQ(ModeOf(path), 0600u);
  EXPECT_EQ(ModeOf(dir_ / "nested"), 0700u);
  EXPECT_EQ(ModeOf(dir_ / "nested" / "deeper"), 0700u);
  // No temporary file is left beside it.
  EXPECT_EQ(std::distance(fs::directory_iterator(path.parent_path()), fs::directory_iterator()), 1);

  auto again = LoadOrCreateMasterKey(path.string());
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->reveal(), created->reveal());
}

TEST_F(KeyFileTest, DifferentFilesGetDifferentKeys) {
  auto a = LoadOrCreateMasterKey((dir_ / "a.key").string());
  auto b = LoadOrCreateMasterKey((dir_ / "b.key").string());
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok());
  EXPECT_NE(a->reveal(), b->reveal());
}

TEST_F(KeyFileTest, RefusesAFileReadableByOthers) {
  fs::path path = dir_ / "master.key";
  ASSERT_TRUE(LoadOrCreateMasterKey(path.string()).ok());
  ASSERT_EQ(::chmod(path.c_str(), 0644), 0);
  auto r = LoadOrCreateMasterKey(path.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kInvalid);
  EXPECT_NE(r.status().message().find("chmod 600"), std::string::npos) << r.status().message();
  ASSERT_EQ(::chmod(path.c_str(), 0640), 0);
  EXPECT_EQ(LoadOrCreateMasterKey(path.string()).status().code(), Code::kInvalid);
}

TEST_F(KeyFileTest, RefusesAFileOfTheWrongSize) {
  fs::path path = dir_ / "master.key";
  std::ofstream(path) << "too short";
  ASSERT_EQ(::chmod(path.c_str(), 0600), 0);
  auto r = LoadOrCreateMasterKey(path.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kInvalid);
  EXPECT_NE(r.status().message().find("32 bytes"), std::string::npos) << r.status().message();
  // The refused file is left as it was: it may be someone's real key, damaged.
  EXPECT_EQ(fs::file_size(path), 9u);
}

TEST_F(KeyFileTest, RefusesADirectory) {
  fs::create_directory(dir_ / "master.key");
  ::chmod((dir_ / "master.key").c_str(), 0700);
  EXPECT_EQ(LoadOrCreateMasterKey((dir_ / "master.key").string()).status().code(), Code::kInvalid);
}

}  // namespace
}  // namespace rapport::crypto
