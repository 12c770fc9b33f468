#include "crypto/token.h"

#include <sodium.h>

#include <vector>

#include "crypto/sodium_init.h"

namespace rapport::crypto {
namespace {

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kInviteChars = 28;
constexpr int kInviteGroup = 4;

}  // namespace

Secret<std::string> NewToken(std::size_t bytes) {
  EnsureSodium();
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                  '\0');
  sodium_bin2base64(out.data(), out.size(), raw.data(), raw.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::char_traits<char>::length(out.c_str()));
  sodium_memzero(raw.data(), raw.size());
  return Secret<std::string>(std::move(out));
}

std::string HashToken(std::string_view token) {
  EnsureSodium();
  unsigned char hash[32];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  char hex[sizeof hash * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return std::string(hex, sizeof hash * 2);
}

Secret<std::string> NewInviteCode() {
  EnsureSodium();
  std::string code;
  code.reserve(kInviteChars + kInviteChars / kInviteGroup);
  for (int i = 0; i < kInviteChars; ++i) {
    if (i > 0 && i % kInviteGroup == 0) code.push_back('-');
    // randombytes_uniform has no modulo bias; 32 symbols carry exactly 5 bits each.
    code.push_back(kCrockford[randombytes_uniform(32)]);
  }
  return Secret<std::string>(std::move(code));
}

std::string NormalizeInviteCode(std::string_view typed) {
  std::string out;
  out.reserve(typed.size());
  for (char c : typed) {
    if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      continue;
    }
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    out.push_back(c);
  }
  return out;
}

}  // namespace rapport::crypto
