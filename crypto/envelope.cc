#include "crypto/envelope.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

#include "crypto/sodium_init.h"

namespace rapport::crypto {
namespace {

static_assert(kDataKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(kEnvelopeNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kEnvelopeOverheadBytes ==
              crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES);

const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

Status DoesNotOpen() { return Status::Internal("ciphertext does not open"); }

}  // namespace

Secret<std::string> NewDataKey() {
  EnsureSodium();
  std::string key(kDataKeyBytes, '\0');
  randombytes_buf(key.data(), key.size());
  return Secret<std::string>(std::move(key));
}

std::string Seal(const Secret<std::string>& key, std::string_view plaintext,
                 std::string_view associated_data) {
  EnsureSodium();
  if (key.reveal().size() != kDataKeyBytes) {
    // Sealing under a malformed key would silently produce data nobody can open again.
    std::fputs("rapport: Seal called with a key of the wrong size\n", stderr);
    std::abort();
  }
  std::string out(kEnvelopeNonceBytes + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                  '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(nonce, kEnvelopeNonceBytes);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      nonce + kEnvelopeNonceBytes, &written, Bytes(plaintext), plaintext.size(),
      Bytes(associated_data), associated_data.size(), nullptr, nonce, Bytes(key.reveal()));
  out.resize(kEnvelopeNonceBytes + written);
  return out;
}

Result<std::string> Open(const Secret<std::string>& key, std::string_view sealed,
                         std::string_view associated_data) {
  EnsureSodium();
  if (key.reveal().size() != kDataKeyBytes || sealed.size() < kEnvelopeOverheadBytes) {
    return DoesNotOpen();
  }
  std::string plain(sealed.size() - kEnvelopeOverheadBytes, '\0');
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr,
          Bytes(sealed) + kEnvelopeNonceBytes, sealed.size() - kEnvelopeNonceBytes,
          Bytes(associated_data), associated_data.size(), Bytes(sealed),
          Bytes(key.reveal())) != 0) {
    return DoesNotOpen();
  }
  plain.resize(written);
  return plain;
}

}  // namespace rapport::crypto
