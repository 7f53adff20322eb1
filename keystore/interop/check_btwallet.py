"""Load a wallet written by keystore's `write_btwallet` example with the real bittensor-wallet.

Run in a throwaway venv outside the repo (see docs/keystore.md); not part of CI.
usage: python check_btwallet.py <root> <wallet> <hotkey> <password> <cold ss58> <hot ss58>
"""
import sys

import bittensor_wallet
from bittensor_wallet import Wallet

root, name, hotkey, password, cold_ss58, hot_ss58 = sys.argv[1:7]
w = Wallet(name=name, hotkey=hotkey, path=root)
print("bittensor-wallet", getattr(bittensor_wallet, "__version__", "?"))
assert w.coldkey_file.is_encrypted(), "coldkey should be encrypted"
assert not w.hotkey_file.is_encrypted(), "hotkey should be plaintext"
assert w.coldkeypub.ss58_address == cold_ss58, w.coldkeypub.ss58_address
assert w.get_hotkeypub().ss58_address == hot_ss58
assert w.hotkey.ss58_address == hot_ss58, w.hotkey.ss58_address
cold = w.get_coldkey(password=password)
assert cold.ss58_address == cold_ss58, cold.ss58_address
sig = cold.sign(b"taoctl interop")
assert cold.verify(b"taoctl interop", sig)
try:
    w.get_coldkey(password="wrong-password")
    raise SystemExit("wrong password was accepted")
except SystemExit:
    raise
except Exception as e:  # KeyFileError
    print("wrong password rejected:", type(e).__name__)
print("coldkey", cold.ss58_address)
with open(f"{root}/{name}-polkadotjs.json") as f:
    pj = bittensor_wallet.Keypair.create_from_encrypted_json(f.read(), password)
assert pj.ss58_address == cold_ss58, pj.ss58_address
print("polkadot-js export imports as", pj.ss58_address)
print("hotkey", w.hotkey.ss58_address)
print("OK")
