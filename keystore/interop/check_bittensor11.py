"""Load a wallet written by keystore's `write_btwallet` example with the real bittensor 11 SDK
(its own Rust keyfile core, bittensor-core). Manual check, not part of CI.
usage: python check_bittensor11.py <root> <wallet> <hotkey> <password> <cold ss58> <hot ss58>
"""
import sys

import bittensor as bt

root, name, hotkey, password, cold_ss58, hot_ss58 = sys.argv[1:7]
print("bittensor", bt.__version__)
w = bt.Wallet(name=name, hotkey=hotkey, path=root)
assert w.coldkeypub.ss58_address == cold_ss58
assert w.hotkeypub.ss58_address == hot_ss58
assert w.hotkey.ss58_address == hot_ss58
cold = w.get_coldkey(password=password)
assert cold.ss58_address == cold_ss58
try:
    w.get_coldkey(password="wrong-password")
    raise SystemExit("wrong password was accepted")
except SystemExit:
    raise
except Exception as e:
    print("wrong password rejected:", type(e).__name__)
print("coldkey", cold.ss58_address)
print("hotkey", w.hotkey.ss58_address)
print("OK")
