# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_taoctl_global_optspecs
    string join \n network= chain-dir= wallet-path= w/wallet= H/hotkey= json y/yes q/quiet v/verbose config= no-color password-file= wait= h/help V/version
end

function __fish_taoctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_taoctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_taoctl_using_subcommand
    set -l cmd (__fish_taoctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c taoctl -n "__fish_taoctl_needs_command" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_needs_command" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_needs_command" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_needs_command" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_needs_command" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_needs_command" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_needs_command" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_needs_command" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_needs_command" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_needs_command" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_needs_command" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_needs_command" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_needs_command" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_needs_command" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "wallet" -d 'Wallets and keys: create, restore, import/export, sign; balances and transfers'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "stake" -d 'Stake: add, remove, move, transfer, swap, unstake-all, list — with exact previews; child hotkeys (`child`) and root-dividend claims (`claim-root`, `set-claim`)'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "subnets" -d 'Subnets: list, show (metagraph), create, register, start, identity, costs, price'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "weights" -d 'Validator weights: set, commit, reveal (from a local commit journal), status'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "wt" -d 'Validator weights: set, commit, reveal (from a local commit journal), status'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "hparams" -d 'Subnet hyperparameters: values, units, defaults, who may set them'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "sudo" -d 'Subnet hyperparameters: values, units, defaults, who may set them'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "monitor" -d 'Full-screen live monitor of subnets, prices, emissions, metagraphs and your positions'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "chain" -d 'Drive the embedded chain: create it, inspect it, move time forward'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "demo" -d 'A narrated tour on a fresh, private embedded chain: wallet, faucet, subnet, registration, a stake with its preview, an epoch, emissions'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "config" -d 'Read and change taoctl\'s configuration file'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "dev" -d 'Developer tools: run the chain\'s consensus and pool arithmetic on vector files'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "generate" -d 'Regenerate shell completions and man pages (maintainers)'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "create" -d 'Create a wallet: a new coldkey and a new hotkey (-H, default `default`)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "new-coldkey" -d 'Create a new coldkey in a wallet'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "new-hotkey" -d 'Create a new hotkey (-H) in a wallet. Hotkeys are written unencrypted, as miners and validators load them without a prompt'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "regen-coldkey" -d 'Restore an existing coldkey from its mnemonic, seed, private key, polkadot-js JSON or a development URI. This recovers a key you already have; it does not make a new one'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "regen-hotkey" -d 'Restore an existing hotkey (-H) from its mnemonic, seed, private key, JSON or URI'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "regen-coldkeypub" -d 'Write a watch-only coldkeypub.txt from an address or public key (no secret on the box)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "regen-hotkeypub" -d 'Write a watch-only hotkey pub file (-H) from an address or public key'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "list" -d 'List wallets and hotkeys with addresses and each key file\'s format (no password needed)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "show" -d 'Show one wallet: coldkey, hotkeys, formats, files and addresses (no password needed)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "export" -d 'Export the coldkey (or a hotkey) to another format'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "import" -d 'Import a btcli wallet directory or a polkadot-js JSON file into wallet -w'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "convert" -d 'Re-encrypt the coldkey in place in another format (atomic; same password unless --change-password)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "change-password" -d 'Change the coldkey\'s (or a hotkey\'s) password, keeping its format (atomic)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "sign" -d 'Sign a message with the coldkey (or the hotkey with --use-hotkey); prints the signature'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "verify" -d 'Verify a signature (over the raw message or over `<Bytes>message</Bytes>`)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "balance" -d 'Free balance and stake value of the wallet\'s coldkey, of every wallet, or of any address'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "transfer" -d 'Send TAO from the wallet\'s coldkey. Keeps the account alive unless --allow-death'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "overview" -d 'Every hotkey of the wallet: registrations per subnet with uid, stake, emission, immunity'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and not __fish_seen_subcommand_from create new-coldkey new-hotkey regen-coldkey regen-hotkey regen-coldkeypub regen-hotkeypub list show export import convert change-password sign verify balance transfer overview help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l words -d 'Number of mnemonic words: 12, 15, 18, 21 or 24' -r -f -a "12\t''
15\t''
18\t''
21\t''
24\t''"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l btcli-compatible -d 'Write the coldkey in the btcli `$NACL` format instead of taoctl\'s format'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l overwrite -d 'Replace existing key files (make sure you have their mnemonics first)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l no-password -d 'Do not encrypt the coldkey (not recommended outside tests and dev chains)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l show-mnemonic -d 'Include the mnemonic in the --json output (it is always shown once to a person)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l dry-run -d 'Check the names and the target files and show where the new keys would go, generating and writing nothing (no new password is asked for; a --password-file is checked)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l words -d 'Number of mnemonic words: 12, 15, 18, 21 or 24' -r -f -a "12\t''
15\t''
18\t''
21\t''
24\t''"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l btcli-compatible -d 'Write the coldkey in the btcli `$NACL` format instead of taoctl\'s format'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l overwrite -d 'Replace existing key files (make sure you have their mnemonics first)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l no-password -d 'Do not encrypt the coldkey (not recommended outside tests and dev chains)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l show-mnemonic -d 'Include the mnemonic in the --json output (it is always shown once to a person)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l dry-run -d 'Check the names and the target files and show where the new keys would go, generating and writing nothing (no new password is asked for; a --password-file is checked)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-coldkey" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l words -d 'Number of mnemonic words: 12, 15, 18, 21 or 24' -r -f -a "12\t''
15\t''
18\t''
21\t''
24\t''"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l overwrite -d 'Replace an existing hotkey (make sure you have its mnemonic first)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l show-mnemonic -d 'Include the mnemonic in the --json output (it is always shown once to a person)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l dry-run -d 'Check the names and the target files and show where the new keys would go, generating and writing nothing (no new password is asked for; a --password-file is checked)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from new-hotkey" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l mnemonic -d 'The mnemonic (quote it). Prefer --mnemonic-file: command lines are visible to other users' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l mnemonic-file -d 'A file whose content is the mnemonic' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l seed -d 'A 32-byte seed (mini secret) as hex' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l private-key -d 'A 64-byte sr25519 private key as hex (btwallet `privateKey`)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l json-file -d 'A polkadot-js JSON export (its password comes from the usual password sources). (`--json` is taken by the global JSON-output flag.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l uri -d 'A secret URI such as //Alice or \'<mnemonic>//hard/soft\' (development keys)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l btcli-compatible -d 'Write the coldkey in the btcli `$NACL` format instead of taoctl\'s format'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l overwrite -d 'Replace existing key files'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l no-password -d 'Do not encrypt the coldkey (hotkeys are never encrypted)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l dry-run -d 'Check the source and the target and show the key that would be written, writing nothing (no new password is asked for)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkey" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l mnemonic -d 'The mnemonic (quote it). Prefer --mnemonic-file: command lines are visible to other users' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l mnemonic-file -d 'A file whose content is the mnemonic' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l seed -d 'A 32-byte seed (mini secret) as hex' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l private-key -d 'A 64-byte sr25519 private key as hex (btwallet `privateKey`)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l json-file -d 'A polkadot-js JSON export (its password comes from the usual password sources). (`--json` is taken by the global JSON-output flag.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l uri -d 'A secret URI such as //Alice or \'<mnemonic>//hard/soft\' (development keys)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l btcli-compatible -d 'Write the coldkey in the btcli `$NACL` format instead of taoctl\'s format'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l overwrite -d 'Replace existing key files'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l no-password -d 'Do not encrypt the coldkey (hotkeys are never encrypted)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l dry-run -d 'Check the source and the target and show the key that would be written, writing nothing (no new password is asked for)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkey" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l ss58 -d 'SS58 address' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l public-key -d 'Public key as 0x + 64 hex digits' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l overwrite -d 'Replace an existing pub file'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l dry-run -d 'Show the pub file that would be written, writing nothing'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-coldkeypub" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l ss58 -d 'SS58 address' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l public-key -d 'Public key as 0x + 64 hex digits' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l overwrite -d 'Replace an existing pub file'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l dry-run -d 'Show the pub file that would be written, writing nothing'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from regen-hotkeypub" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l format -d 'Target format' -r -f -a "btcli\t'A btcli wallet directory (`$NACL` coldkey, pub files, hotkeys) under OUT'
polkadot-js\t'One polkadot-js JSON v3 file (scrypt + xsalsa20-poly1305)'
taoctl\t'One taoctl-format key file (Argon2id + XChaCha20-Poly1305)'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l out -d 'Output file (for btcli: a wallets root; the wallet directory is created inside it)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l use-hotkey -d 'Export the hotkey (-H) instead of the coldkey (polkadot-js and taoctl formats)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l overwrite -d 'Replace an existing output'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l dry-run -d 'Unlock the key and show the files and format the export would write, writing nothing'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -l btcli-compatible -d 'Keep the coldkey in the btcli `$NACL` format instead of taoctl\'s format'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -l overwrite -d 'Replace existing key files in the target wallet'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -l dry-run -d 'Read and unlock the source and show the keys and formats the import would write, writing nothing'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -l to -d 'Target format' -r -f -a "taoctl\t'taoctl\'s format: Argon2id + XChaCha20-Poly1305, header authenticated'
btcli\t'The btcli / bittensor-wallet `$NACL` format'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -l new-password-file -d 'Read the new password from the first line of FILE (or set TAOCTL_NEW_PASSWORD, unsafe)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -l change-password -d 'Also set a new password (asked twice, or read from --new-password-file)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -l dry-run -d 'Unlock the coldkey and show the format it would be rewritten in, writing nothing (no new password is asked for; a --new-password-file is checked)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from convert" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l new-password-file -d 'Read the new password from the first line of FILE (or set TAOCTL_NEW_PASSWORD, unsafe)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l use-hotkey -d 'Change the hotkey\'s (-H) password instead of the coldkey\'s'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l dry-run -d 'Check the old password and show the file that would be rewritten, writing nothing (no new password is asked for; a --new-password-file is checked)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from change-password" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l hex -d 'The message is hex (with or without 0x)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l bytes-wrapped -d 'Sign `<Bytes>message</Bytes>`, as polkadot-js `signRaw` does'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l use-hotkey -d 'Sign with the hotkey (-H) instead of the coldkey'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l signature -d 'Signature as hex (0x + 128 hex digits)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l ss58 -d 'Address of the signer [default: the wallet\'s coldkey, or hotkey with --use-hotkey]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l use-hotkey -d 'The signer is the wallet\'s hotkey (-H) (when --ss58 is not given)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l hex -d 'The message is hex (with or without 0x)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l ss58 -d 'Any address (no wallet needed)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l all -d 'Every wallet under --wallet-path'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from balance" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l dest -d 'Destination: an SS58 address or the name of a local wallet' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l amount -d 'Amount in TAO (at most 9 decimals)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l all -d 'Send the whole free balance (minus the fee, and minus the existential deposit unless --allow-death)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l allow-death -d 'Allow the sending account to drop below the existential deposit and be reaped'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l dry-run -d 'Show the transfer, fee and resulting balances without signing anything'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from overview" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a wallet: a new coldkey and a new hotkey (-H, default `default`)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "new-coldkey" -d 'Create a new coldkey in a wallet'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "new-hotkey" -d 'Create a new hotkey (-H) in a wallet. Hotkeys are written unencrypted, as miners and validators load them without a prompt'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "regen-coldkey" -d 'Restore an existing coldkey from its mnemonic, seed, private key, polkadot-js JSON or a development URI. This recovers a key you already have; it does not make a new one'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "regen-hotkey" -d 'Restore an existing hotkey (-H) from its mnemonic, seed, private key, JSON or URI'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "regen-coldkeypub" -d 'Write a watch-only coldkeypub.txt from an address or public key (no secret on the box)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "regen-hotkeypub" -d 'Write a watch-only hotkey pub file (-H) from an address or public key'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "list" -d 'List wallets and hotkeys with addresses and each key file\'s format (no password needed)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one wallet: coldkey, hotkeys, formats, files and addresses (no password needed)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export the coldkey (or a hotkey) to another format'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a btcli wallet directory or a polkadot-js JSON file into wallet -w'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "convert" -d 'Re-encrypt the coldkey in place in another format (atomic; same password unless --change-password)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "change-password" -d 'Change the coldkey\'s (or a hotkey\'s) password, keeping its format (atomic)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign a message with the coldkey (or the hotkey with --use-hotkey); prints the signature'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a signature (over the raw message or over `<Bytes>message</Bytes>`)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "balance" -d 'Free balance and stake value of the wallet\'s coldkey, of every wallet, or of any address'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Send TAO from the wallet\'s coldkey. Keeps the account alive unless --allow-death'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "overview" -d 'Every hotkey of the wallet: registrations per subnet with uid, stake, emission, immunity'
complete -c taoctl -n "__fish_taoctl_using_subcommand wallet; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -f -a "add" -d 'Stake TAO on a hotkey in one or more subnets (amount in TAO, per hotkey and subnet).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -f -a "remove" -d 'Unstake alpha from a hotkey in one or more subnets (amount in alpha), receiving TAO.'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -f -a "move" -d 'Move stake between your hotkeys and/or subnets (same coldkey; amount in alpha).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -f -a "transfer" -d 'Transfer stake to another coldkey (it stays on the same hotkey; amount in alpha).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -f -a "swap" -d 'Swap stake between subnets on the same hotkey (amount in alpha of the origin subnet).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -f -a "unstake-all" -d 'Unstake everything from a hotkey on every subnet (`unstake_all`), or with --alpha-only every non-root subnet and restake the TAO on root (`unstake_all_alpha`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -f -a "list" -d 'Stake positions of a coldkey: alpha, value at the spot price and at exit after slippage.'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -f -a "child" -d 'Child hotkeys: lend a share of a hotkey\'s stake weight on a subnet to other hotkeys (they validate with it; the parent earns its share of their dividends, minus their childkey take)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -f -a "children" -d 'Child hotkeys: lend a share of a hotkey\'s stake weight on a subnet to other hotkeys (they validate with it; the parent earns its share of their dividends, minus their childkey take)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -f -a "claim-root" -d 'Claim the root dividends your root stake has earned on subnets (`claim_root`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -f -a "set-claim" -d 'Choose how root dividends are claimed (`set_root_claim_type`): swap (sell the alpha and add the TAO to your root stake, the default), keep (stake the alpha on its subnet), or keep-subnets (keep on --netuids, swap elsewhere).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and not __fish_seen_subcommand_from add remove move transfer swap unstake-all list child children claim-root set-claim help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l netuids -d 'Several subnets, comma-separated (one leg per subnet)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l amount -d 'TAO to stake per leg (at most 9 decimals)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l hotkey-ss58 -d 'Hotkey address to act on (default: the wallet\'s hotkey chosen with -H)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l tolerance -d 'Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before submitting returns less than the preview minus this much' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l all-hotkeys -d 'Every hotkey of the wallet (one leg per hotkey and subnet)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l partial -d 'Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l unsafe -d 'Submit without any price protection (plain add_stake/remove_stake/swap_stake; no client-side check)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l dry-run -d 'Show the preview and the exact call(s) without signing anything'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l netuids -d 'Several subnets, comma-separated (one leg per subnet)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l amount -d 'Alpha to unstake per leg (at most 9 decimals)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l hotkey-ss58 -d 'Hotkey address to act on (default: the wallet\'s hotkey chosen with -H)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l tolerance -d 'Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before submitting returns less than the preview minus this much' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l all -d 'Unstake the whole position of each leg'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l all-hotkeys -d 'Every hotkey of the wallet (one leg per hotkey and subnet)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l partial -d 'Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l unsafe -d 'Submit without any price protection (plain add_stake/remove_stake/swap_stake; no client-side check)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show the preview and the exact call(s) without signing anything'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l origin-netuid -d 'Subnet the stake leaves' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l dest-netuid -d 'Subnet the stake lands in' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l origin-hotkey -d 'Hotkey the stake leaves (default: the wallet\'s hotkey chosen with -H)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l dest-hotkey -d 'Hotkey the stake lands on (default: the origin hotkey)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l amount -d 'Alpha of the origin subnet to move' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l tolerance -d 'Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before submitting returns less than the preview minus this much' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l all -d 'Move the whole position'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l partial -d 'Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l unsafe -d 'Submit without any price protection (plain add_stake/remove_stake/swap_stake; no client-side check)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l dry-run -d 'Show the preview and the exact call(s) without signing anything'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l dest -d 'Destination coldkey (SS58)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l origin-netuid -d 'Subnet the stake leaves' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l dest-netuid -d 'Subnet the stake lands in' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l hotkey-ss58 -d 'Hotkey holding the stake (default: the wallet\'s hotkey chosen with -H)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l amount -d 'Alpha of the origin subnet to transfer' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l tolerance -d 'Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before submitting returns less than the preview minus this much' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l all -d 'Transfer the whole position'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l partial -d 'Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l unsafe -d 'Submit without any price protection (plain add_stake/remove_stake/swap_stake; no client-side check)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l dry-run -d 'Show the preview and the exact call(s) without signing anything'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l origin-netuid -d 'Subnet the stake leaves' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l dest-netuid -d 'Subnet the stake lands in' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l hotkey-ss58 -d 'Hotkey holding the stake (default: the wallet\'s hotkey chosen with -H)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l amount -d 'Alpha of the origin subnet to swap' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l tolerance -d 'Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before submitting returns less than the preview minus this much' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l all -d 'Swap the whole position'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l partial -d 'Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l unsafe -d 'Submit without any price protection (plain add_stake/remove_stake/swap_stake; no client-side check)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l dry-run -d 'Show the preview and the exact call(s) without signing anything'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from swap" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l hotkey-ss58 -d 'Hotkey address to act on (default: the wallet\'s hotkey chosen with -H)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l tolerance -d 'Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before submitting returns less than the preview minus this much' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l alpha-only -d 'Keep root stake and restake the TAO from every other subnet on root (`unstake_all_alpha`)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l all-hotkeys -d 'Every hotkey of the wallet (one leg per hotkey and subnet)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l partial -d 'Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l unsafe -d 'Submit without any price protection (plain add_stake/remove_stake/swap_stake; no client-side check)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l dry-run -d 'Show the preview and the exact call(s) without signing anything'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from unstake-all" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -l ss58 -d 'Any coldkey address (default: the wallet\'s coldkey; no password needed)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -f -a "get" -d 'A hotkey\'s children, parents, pending change and childkey take on a subnet.'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -f -a "set" -d 'Set a hotkey\'s children on a subnet (replaces the list). On a started subnet the change is scheduled and applies at the first epoch after a cooldown (7200 blocks by default).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -f -a "revoke" -d 'Remove all of a hotkey\'s children on a subnet (scheduled like `set`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -f -a "take" -d 'Show or set a hotkey\'s childkey take on a subnet: the share of its parents\' dividends it keeps (0–18 %; raising it is allowed once per 216 000 blocks).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -f -a "auto-parent" -d 'Show or set whether a root validator hotkey is made a parent (100 %) of each new subnet\'s owner hotkey (`set_auto_parent_delegation_enabled`; on by default). Applies to subnets registered later, not to existing relations (revoke those with `child revoke`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from child" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -f -a "get" -d 'A hotkey\'s children, parents, pending change and childkey take on a subnet.'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -f -a "set" -d 'Set a hotkey\'s children on a subnet (replaces the list). On a started subnet the change is scheduled and applies at the first epoch after a cooldown (7200 blocks by default).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -f -a "revoke" -d 'Remove all of a hotkey\'s children on a subnet (scheduled like `set`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -f -a "take" -d 'Show or set a hotkey\'s childkey take on a subnet: the share of its parents\' dividends it keeps (0–18 %; raising it is allowed once per 216 000 blocks).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -f -a "auto-parent" -d 'Show or set whether a root validator hotkey is made a parent (100 %) of each new subnet\'s owner hotkey (`set_auto_parent_delegation_enabled`; on by default). Applies to subnets registered later, not to existing relations (revoke those with `child revoke`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from children" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -l netuids -d 'Subnets to claim on, comma-separated (default: every subnet with something to claim, up to 5)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -l dry-run -d 'Show what is owed and the exact call without signing anything'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from claim-root" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l netuids -d 'Subnets whose alpha is kept (keep-subnets only)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l dry-run -d 'Show the exact call without signing anything'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from set-claim" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "add" -d 'Stake TAO on a hotkey in one or more subnets (amount in TAO, per hotkey and subnet).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Unstake alpha from a hotkey in one or more subnets (amount in alpha), receiving TAO.'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move stake between your hotkeys and/or subnets (same coldkey; amount in alpha).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Transfer stake to another coldkey (it stays on the same hotkey; amount in alpha).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "swap" -d 'Swap stake between subnets on the same hotkey (amount in alpha of the origin subnet).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "unstake-all" -d 'Unstake everything from a hotkey on every subnet (`unstake_all`), or with --alpha-only every non-root subnet and restake the TAO on root (`unstake_all_alpha`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "list" -d 'Stake positions of a coldkey: alpha, value at the spot price and at exit after slippage.'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "child" -d 'Child hotkeys: lend a share of a hotkey\'s stake weight on a subnet to other hotkeys (they validate with it; the parent earns its share of their dividends, minus their childkey take)'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "claim-root" -d 'Claim the root dividends your root stake has earned on subnets (`claim_root`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "set-claim" -d 'Choose how root dividends are claimed (`set_root_claim_type`): swap (sell the alpha and add the TAO to your root stake, the default), keep (stake the alpha on its subnet), or keep-subnets (keep on --netuids, swap elsewhere).'
complete -c taoctl -n "__fish_taoctl_using_subcommand stake; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -f -a "list" -d 'Every subnet: price, moving price, emission share, pool reserves, market cap, tempo countdown and registration (burn) cost.'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -f -a "show" -d 'One subnet\'s header and metagraph (uid, hotkey, coldkey, stake, permit, incentive, dividends, emission, last update, immunity).'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -f -a "metagraph" -d 'One subnet\'s header and metagraph (uid, hotkey, coldkey, stake, permit, incentive, dividends, emission, last update, immunity).'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -f -a "create" -d 'Create a subnet: shows the lock cost first, then registers it with your hotkey as owner.'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -f -a "register" -d 'Register the wallet\'s hotkey as a neuron on a subnet (burned registration).'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -f -a "burn-cost" -d 'The current neuron registration (burn) cost of a subnet.'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -f -a "create-cost" -d 'The current subnet creation (lock) cost.'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -f -a "start" -d 'Start emission on a subnet you own (`start_call`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -f -a "set-identity" -d 'Set the identity of a subnet you own (fields left out are cleared).'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -f -a "price" -d 'Price history from the trades stored on the embedded chain: per block range, the trades, TAO volume, volume-weighted and last trade price; plus the current spot price.'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and not __fish_seen_subcommand_from list show metagraph create register burn-cost create-cost start set-identity price help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from metagraph" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l name -d 'Subnet name (≤ 256 bytes)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l github-repo -d 'GitHub repository URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l subnet-contact -d 'Contact (e-mail or similar)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l subnet-url -d 'Web site' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l discord -d 'Discord handle (≤ 256 bytes)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l description -d 'Description' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l logo-url -d 'Logo URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l additional -d 'Anything else' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the lock cost and the exact call without signing'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -l max-cost -d 'Highest burn you accept, in TAO (default: the cost shown in the preview)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -l dry-run -d 'Show the cost and the exact call without signing'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from burn-cost" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from create-cost" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -l dry-run -d 'Show the exact call and its effects without signing'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l name -d 'Subnet name (≤ 256 bytes)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l github-repo -d 'GitHub repository URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l subnet-contact -d 'Contact (e-mail or similar)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l subnet-url -d 'Web site' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l discord -d 'Discord handle (≤ 256 bytes)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l description -d 'Description' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l logo-url -d 'Logo URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l additional -d 'Anything else' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l dry-run -d 'Show the exact call without signing'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from set-identity" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -l interval -d 'Blocks per sample' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -l blocks -d 'How far back to look, in blocks from the head' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from price" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every subnet: price, moving price, emission share, pool reserves, market cap, tempo countdown and registration (burn) cost.'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "show" -d 'One subnet\'s header and metagraph (uid, hotkey, coldkey, stake, permit, incentive, dividends, emission, last update, immunity).'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a subnet: shows the lock cost first, then registers it with your hotkey as owner.'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register the wallet\'s hotkey as a neuron on a subnet (burned registration).'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "burn-cost" -d 'The current neuron registration (burn) cost of a subnet.'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "create-cost" -d 'The current subnet creation (lock) cost.'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start emission on a subnet you own (`start_call`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "set-identity" -d 'Set the identity of a subnet you own (fields left out are cleared).'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "price" -d 'Price history from the trades stored on the embedded chain: per block range, the trades, TAO volume, volume-weighted and last trade price; plus the current spot price.'
complete -c taoctl -n "__fish_taoctl_using_subcommand subnets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -f -a "set" -d 'Set weights directly (subnets with commit-reveal off), signed by the hotkey'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -f -a "commit" -d 'Commit a hash of the weights (commit-reveal on) and record the salt in the journal'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -f -a "reveal" -d 'Reveal committed weights from the journal; never waits for a window'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -f -a "status" -d 'Journal entries with their state (committed, due, revealed, expired) checked against the chain\'s commits, and the hotkey\'s current on-chain weights'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and not __fish_seen_subcommand_from set commit reveal status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l weights -d 'Inline `uid:weight` pairs separated by commas, e.g. "0:0.5,3:2"; `-` reads stdin' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l file -d 'A file of weights: JSON `{"uid": w, …}` or `[[uid, w], …]`, or CSV lines `uid,weight` (an optional header line is skipped); `-` reads stdin' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l version-key -d 'Version key sent with the weights [default: the subnet\'s `weights_version`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l dry-run -d 'Validate and show the normalised weights without signing'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l weights -d 'Inline `uid:weight` pairs separated by commas, e.g. "0:0.5,3:2"; `-` reads stdin' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l file -d 'A file of weights: JSON `{"uid": w, …}` or `[[uid, w], …]`, or CSV lines `uid,weight` (an optional header line is skipped); `-` reads stdin' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l version-key -d 'Version key sent with the weights [default: the subnet\'s `weights_version`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l salt -d 'Salt as comma-separated u16 values [default: 8 random values]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l dry-run -d 'Validate and show the commit hash without signing or writing the journal'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from commit" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l netuid -d 'Subnet id (required unless --pending; with --pending it narrows to one subnet)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l commit -d 'Reveal this commit (its hash, as `weights status` shows it; a unique prefix is enough)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l pending -d 'Reveal every due commit in the journal across subnets'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l all-hotkeys -d 'With --pending: every hotkey of the wallet, not just -H'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l dry-run -d 'Show what would be revealed without signing'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from reveal" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -l netuid -d 'Only this subnet' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -l all-hotkeys -d 'Every journal entry of this network, whichever hotkey made it'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set weights directly (subnets with commit-reveal off), signed by the hotkey'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from help" -f -a "commit" -d 'Commit a hash of the weights (commit-reveal on) and record the salt in the journal'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from help" -f -a "reveal" -d 'Reveal committed weights from the journal; never waits for a window'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from help" -f -a "status" -d 'Journal entries with their state (committed, due, revealed, expired) checked against the chain\'s commits, and the hotkey\'s current on-chain weights'
complete -c taoctl -n "__fish_taoctl_using_subcommand weights; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -f -a "set" -d 'Set weights directly (subnets with commit-reveal off), signed by the hotkey'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -f -a "commit" -d 'Commit a hash of the weights (commit-reveal on) and record the salt in the journal'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -f -a "reveal" -d 'Reveal committed weights from the journal; never waits for a window'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -f -a "status" -d 'Journal entries with their state (committed, due, revealed, expired) checked against the chain\'s commits, and the hotkey\'s current on-chain weights'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and not __fish_seen_subcommand_from set commit reveal status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l weights -d 'Inline `uid:weight` pairs separated by commas, e.g. "0:0.5,3:2"; `-` reads stdin' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l file -d 'A file of weights: JSON `{"uid": w, …}` or `[[uid, w], …]`, or CSV lines `uid,weight` (an optional header line is skipped); `-` reads stdin' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l version-key -d 'Version key sent with the weights [default: the subnet\'s `weights_version`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l dry-run -d 'Validate and show the normalised weights without signing'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l weights -d 'Inline `uid:weight` pairs separated by commas, e.g. "0:0.5,3:2"; `-` reads stdin' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l file -d 'A file of weights: JSON `{"uid": w, …}` or `[[uid, w], …]`, or CSV lines `uid,weight` (an optional header line is skipped); `-` reads stdin' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l version-key -d 'Version key sent with the weights [default: the subnet\'s `weights_version`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l salt -d 'Salt as comma-separated u16 values [default: 8 random values]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l dry-run -d 'Validate and show the commit hash without signing or writing the journal'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from commit" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l netuid -d 'Subnet id (required unless --pending; with --pending it narrows to one subnet)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l commit -d 'Reveal this commit (its hash, as `weights status` shows it; a unique prefix is enough)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l pending -d 'Reveal every due commit in the journal across subnets'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l all-hotkeys -d 'With --pending: every hotkey of the wallet, not just -H'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l dry-run -d 'Show what would be revealed without signing'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from reveal" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -l netuid -d 'Only this subnet' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -l all-hotkeys -d 'Every journal entry of this network, whichever hotkey made it'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set weights directly (subnets with commit-reveal off), signed by the hotkey'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from help" -f -a "commit" -d 'Commit a hash of the weights (commit-reveal on) and record the salt in the journal'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from help" -f -a "reveal" -d 'Reveal committed weights from the journal; never waits for a window'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from help" -f -a "status" -d 'Journal entries with their state (committed, due, revealed, expired) checked against the chain\'s commits, and the hotkey\'s current on-chain weights'
complete -c taoctl -n "__fish_taoctl_using_subcommand wt; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -f -a "get" -d 'Every hyperparameter of a subnet: value, unit, default, who may set it, what it does'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -f -a "set" -d 'Set one hyperparameter (subnet owner, or the sudo key for root-only ones)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and not __fish_seen_subcommand_from get set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -l param -d 'Show only this parameter (snake_case name, as listed)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l param -d 'Parameter name (snake_case, as `hparams get` lists it)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l value -d 'New value: an integer, or true/false for switches' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l sudo -d 'Sign as the chain\'s sudo key (root-only parameters; embedded chain: //Alice in the dev and demo presets) instead of the wallet\'s coldkey'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l dry-run -d 'Show the call and checks without signing'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from help" -f -a "get" -d 'Every hyperparameter of a subnet: value, unit, default, who may set it, what it does'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one hyperparameter (subnet owner, or the sudo key for root-only ones)'
complete -c taoctl -n "__fish_taoctl_using_subcommand hparams; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -f -a "get" -d 'Every hyperparameter of a subnet: value, unit, default, who may set it, what it does'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -f -a "set" -d 'Set one hyperparameter (subnet owner, or the sudo key for root-only ones)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and not __fish_seen_subcommand_from get set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -l param -d 'Show only this parameter (snake_case name, as listed)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l netuid -d 'Subnet id' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l param -d 'Parameter name (snake_case, as `hparams get` lists it)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l value -d 'New value: an integer, or true/false for switches' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l sudo -d 'Sign as the chain\'s sudo key (root-only parameters; embedded chain: //Alice in the dev and demo presets) instead of the wallet\'s coldkey'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l dry-run -d 'Show the call and checks without signing'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from help" -f -a "get" -d 'Every hyperparameter of a subnet: value, unit, default, who may set it, what it does'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set one hyperparameter (subnet owner, or the sudo key for root-only ones)'
complete -c taoctl -n "__fish_taoctl_using_subcommand sudo; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -l speed -d 'Embedded chain: produce N blocks per second (0 = only follow what other processes write)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -l netuid -d 'Open this subnet\'s drill-down at start' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -l interval -d 'Seconds between polls when following' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -l demo-data -d 'Show synthetic data (256 subnets) instead of a chain: for screenshots and terminal tests'
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand monitor" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -f -a "init" -d 'Create a new embedded chain in --chain-dir from a genesis preset'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -f -a "status" -d 'Show the chain head, issuance and subnet count'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -f -a "advance" -d 'Produce empty blocks (running emission and epochs as the chain does)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -f -a "reset" -d 'Delete the embedded chain and create it again from a preset'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -f -a "faucet" -d 'Mint test TAO to an account (embedded chain only; signed by the dev sudo key)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -f -a "blocks" -d 'List block headers (newest last)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -f -a "events" -d 'List events, filtered by block range, subnet, account or kind'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and not __fish_seen_subcommand_from init status advance reset faucet blocks events help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -l preset -d 'Genesis preset' -r -f -a "dev\t'Root network only; //Alice is sudo; dev accounts funded'
demo\t'Several live subnets with owners, validators, miners and stake'"
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -l dry-run -d 'Build the preset\'s genesis in a scratch directory and show it; --chain-dir is untouched'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -l blocks -d 'Number of blocks to produce' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -l to-block -d 'Produce blocks until the head is at block B' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -l dry-run -d 'Show how many blocks would be produced, and to which block, without producing them'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from advance" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -l preset -d 'Genesis preset' -r -f -a "dev\t'Root network only; //Alice is sudo; dev accounts funded'
demo\t'Several live subnets with owners, validators, miners and stake'"
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -l dry-run -d 'Build the preset\'s genesis in a scratch directory and show it; --chain-dir is untouched'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -l ss58 -d 'Recipient address [default: the selected wallet\'s coldkey]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -l amount -d 'TAO to mint' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -l dry-run -d 'Show the balance the account would have without minting anything'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from faucet" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -l from -d 'First block (inclusive) [default: the last --limit blocks]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -l to -d 'Last block (inclusive) [default: the head]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -l limit -d 'At most this many blocks' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from blocks" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l from-block -d 'First block (inclusive)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l to-block -d 'Last block (inclusive)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l netuid -d 'Only events about this subnet' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l account -d 'Only events that mention this address' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l kind -d 'Only events of this kind (e.g. StakeAdded, NeuronRegistered)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l limit -d 'At most this many (the most recent)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l mine -d 'Only events that mention the selected wallet\'s coldkey'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create a new embedded chain in --chain-dir from a genesis preset'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the chain head, issuance and subnet count'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from help" -f -a "advance" -d 'Produce empty blocks (running emission and epochs as the chain does)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Delete the embedded chain and create it again from a preset'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from help" -f -a "faucet" -d 'Mint test TAO to an account (embedded chain only; signed by the dev sudo key)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from help" -f -a "blocks" -d 'List block headers (newest last)'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from help" -f -a "events" -d 'List events, filtered by block range, subnet, account or kind'
complete -c taoctl -n "__fish_taoctl_using_subcommand chain; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -l keep -d 'Keep the demo chain and wallet in DIR (default: a temporary directory, removed after)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand demo" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -f -a "get" -d 'Print one value, or every value when no key is given'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -f -a "set" -d 'Set a value'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -f -a "unset" -d 'Remove a value (falls back to the default)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -f -a "path" -d 'Print the path of the config file in use'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Check the key and value and show the result without writing the file'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l dry-run -d 'Show the result without writing the file'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one value, or every value when no key is given'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a value'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a value (falls back to the default)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the config file in use'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -f -a "epoch" -d 'Run the Yuma Consensus epoch on `yuma-epoch-vector/v1` or `yuma-epoch-sequence/v1` files'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -f -a "vectors" -d 'Run the chain\'s pool and emission arithmetic on a list of `{"id","input"}` cases and print `[{"id","output"}]`'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and not __fish_seen_subcommand_from epoch vectors help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -l bench -d 'Instead of printing outputs, run each epoch N times on the parsed input and print the mean time per epoch (JSON parsing excluded)' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from epoch" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from vectors" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from help" -f -a "epoch" -d 'Run the Yuma Consensus epoch on `yuma-epoch-vector/v1` or `yuma-epoch-sequence/v1` files'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from help" -f -a "vectors" -d 'Run the chain\'s pool and emission arithmetic on a list of `{"id","input"}` cases and print `[{"id","output"}]`'
complete -c taoctl -n "__fish_taoctl_using_subcommand dev; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l out-dir -d 'Repository root: completions go to DIR/completions, man pages to DIR/man' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l wait -d 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain\'s blocks are final at once' -r -f -a "included\t'Until it is in a best block'
finalized\t'Until that block is finalized'"
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s v -l verbose -d 'More detail on stderr (e.g. how long the command took)'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from wallet stake subnets weights hparams monitor chain demo config dev generate help" -f -a "wallet" -d 'Wallets and keys: create, restore, import/export, sign; balances and transfers'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from wallet stake subnets weights hparams monitor chain demo config dev generate help" -f -a "stake" -d 'Stake: add, remove, move, transfer, swap, unstake-all, list — with exact previews; child hotkeys (`child`) and root-dividend claims (`claim-root`, `set-claim`)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from wallet stake subnets weights hparams monitor chain demo config dev generate help" -f -a "subnets" -d 'Subnets: list, show (metagraph), create, register, start, identity, costs, price'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from wallet stake subnets weights hparams monitor chain demo config dev generate help" -f -a "weights" -d 'Validator weights: set, commit, reveal (from a local commit journal), status'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from wallet stake subnets weights hparams monitor chain demo config dev generate help" -f -a "hparams" -d 'Subnet hyperparameters: values, units, defaults, who may set them'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from wallet stake subnets weights hparams monitor chain demo config dev generate help" -f -a "monitor" -d 'Full-screen live monitor of subnets, prices, emissions, metagraphs and your positions'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from wallet stake subnets weights hparams monitor chain demo config dev generate help" -f -a "chain" -d 'Drive the embedded chain: create it, inspect it, move time forward'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from wallet stake subnets weights hparams monitor chain demo config dev generate help" -f -a "demo" -d 'A narrated tour on a fresh, private embedded chain: wallet, faucet, subnet, registration, a stake with its preview, an epoch, emissions'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from wallet stake subnets weights hparams monitor chain demo config dev generate help" -f -a "config" -d 'Read and change taoctl\'s configuration file'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from wallet stake subnets weights hparams monitor chain demo config dev generate help" -f -a "dev" -d 'Developer tools: run the chain\'s consensus and pool arithmetic on vector files'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from wallet stake subnets weights hparams monitor chain demo config dev generate help" -f -a "generate" -d 'Regenerate shell completions and man pages (maintainers)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from wallet stake subnets weights hparams monitor chain demo config dev generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "create" -d 'Create a wallet: a new coldkey and a new hotkey (-H, default `default`)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "new-coldkey" -d 'Create a new coldkey in a wallet'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "new-hotkey" -d 'Create a new hotkey (-H) in a wallet. Hotkeys are written unencrypted, as miners and validators load them without a prompt'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "regen-coldkey" -d 'Restore an existing coldkey from its mnemonic, seed, private key, polkadot-js JSON or a development URI. This recovers a key you already have; it does not make a new one'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "regen-hotkey" -d 'Restore an existing hotkey (-H) from its mnemonic, seed, private key, JSON or URI'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "regen-coldkeypub" -d 'Write a watch-only coldkeypub.txt from an address or public key (no secret on the box)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "regen-hotkeypub" -d 'Write a watch-only hotkey pub file (-H) from an address or public key'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "list" -d 'List wallets and hotkeys with addresses and each key file\'s format (no password needed)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "show" -d 'Show one wallet: coldkey, hotkeys, formats, files and addresses (no password needed)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "export" -d 'Export the coldkey (or a hotkey) to another format'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "import" -d 'Import a btcli wallet directory or a polkadot-js JSON file into wallet -w'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "convert" -d 'Re-encrypt the coldkey in place in another format (atomic; same password unless --change-password)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "change-password" -d 'Change the coldkey\'s (or a hotkey\'s) password, keeping its format (atomic)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "sign" -d 'Sign a message with the coldkey (or the hotkey with --use-hotkey); prints the signature'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "verify" -d 'Verify a signature (over the raw message or over `<Bytes>message</Bytes>`)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "balance" -d 'Free balance and stake value of the wallet\'s coldkey, of every wallet, or of any address'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "transfer" -d 'Send TAO from the wallet\'s coldkey. Keeps the account alive unless --allow-death'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from wallet" -f -a "overview" -d 'Every hotkey of the wallet: registrations per subnet with uid, stake, emission, immunity'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "add" -d 'Stake TAO on a hotkey in one or more subnets (amount in TAO, per hotkey and subnet).'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "remove" -d 'Unstake alpha from a hotkey in one or more subnets (amount in alpha), receiving TAO.'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "move" -d 'Move stake between your hotkeys and/or subnets (same coldkey; amount in alpha).'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "transfer" -d 'Transfer stake to another coldkey (it stays on the same hotkey; amount in alpha).'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "swap" -d 'Swap stake between subnets on the same hotkey (amount in alpha of the origin subnet).'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "unstake-all" -d 'Unstake everything from a hotkey on every subnet (`unstake_all`), or with --alpha-only every non-root subnet and restake the TAO on root (`unstake_all_alpha`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "list" -d 'Stake positions of a coldkey: alpha, value at the spot price and at exit after slippage.'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "child" -d 'Child hotkeys: lend a share of a hotkey\'s stake weight on a subnet to other hotkeys (they validate with it; the parent earns its share of their dividends, minus their childkey take)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "claim-root" -d 'Claim the root dividends your root stake has earned on subnets (`claim_root`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from stake" -f -a "set-claim" -d 'Choose how root dividends are claimed (`set_root_claim_type`): swap (sell the alpha and add the TAO to your root stake, the default), keep (stake the alpha on its subnet), or keep-subnets (keep on --netuids, swap elsewhere).'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "list" -d 'Every subnet: price, moving price, emission share, pool reserves, market cap, tempo countdown and registration (burn) cost.'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "show" -d 'One subnet\'s header and metagraph (uid, hotkey, coldkey, stake, permit, incentive, dividends, emission, last update, immunity).'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "create" -d 'Create a subnet: shows the lock cost first, then registers it with your hotkey as owner.'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "register" -d 'Register the wallet\'s hotkey as a neuron on a subnet (burned registration).'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "burn-cost" -d 'The current neuron registration (burn) cost of a subnet.'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "create-cost" -d 'The current subnet creation (lock) cost.'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "start" -d 'Start emission on a subnet you own (`start_call`).'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "set-identity" -d 'Set the identity of a subnet you own (fields left out are cleared).'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from subnets" -f -a "price" -d 'Price history from the trades stored on the embedded chain: per block range, the trades, TAO volume, volume-weighted and last trade price; plus the current spot price.'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from weights" -f -a "set" -d 'Set weights directly (subnets with commit-reveal off), signed by the hotkey'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from weights" -f -a "commit" -d 'Commit a hash of the weights (commit-reveal on) and record the salt in the journal'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from weights" -f -a "reveal" -d 'Reveal committed weights from the journal; never waits for a window'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from weights" -f -a "status" -d 'Journal entries with their state (committed, due, revealed, expired) checked against the chain\'s commits, and the hotkey\'s current on-chain weights'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from hparams" -f -a "get" -d 'Every hyperparameter of a subnet: value, unit, default, who may set it, what it does'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from hparams" -f -a "set" -d 'Set one hyperparameter (subnet owner, or the sudo key for root-only ones)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from chain" -f -a "init" -d 'Create a new embedded chain in --chain-dir from a genesis preset'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from chain" -f -a "status" -d 'Show the chain head, issuance and subnet count'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from chain" -f -a "advance" -d 'Produce empty blocks (running emission and epochs as the chain does)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from chain" -f -a "reset" -d 'Delete the embedded chain and create it again from a preset'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from chain" -f -a "faucet" -d 'Mint test TAO to an account (embedded chain only; signed by the dev sudo key)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from chain" -f -a "blocks" -d 'List block headers (newest last)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from chain" -f -a "events" -d 'List events, filtered by block range, subnet, account or kind'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one value, or every value when no key is given'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a value'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a value (falls back to the default)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the config file in use'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from dev" -f -a "epoch" -d 'Run the Yuma Consensus epoch on `yuma-epoch-vector/v1` or `yuma-epoch-sequence/v1` files'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from dev" -f -a "vectors" -d 'Run the chain\'s pool and emission arithmetic on a list of `{"id","input"}` cases and print `[{"id","output"}]`'
