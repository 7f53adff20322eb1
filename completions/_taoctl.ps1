
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'taoctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'taoctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'taoctl' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('wallet', 'wallet', [CompletionResultType]::ParameterValue, 'Wallets and keys: create, restore, import/export, sign; balances and transfers')
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Stake: add, remove, move, transfer, swap, unstake-all, list — with exact previews; child hotkeys (`child`) and root-dividend claims (`claim-root`, `set-claim`)')
            [CompletionResult]::new('subnets', 'subnets', [CompletionResultType]::ParameterValue, 'Subnets: list, show (metagraph), create, register, start, identity, costs, price')
            [CompletionResult]::new('weights', 'weights', [CompletionResultType]::ParameterValue, 'Validator weights: set, commit, reveal (from a local commit journal), status')
            [CompletionResult]::new('wt', 'wt', [CompletionResultType]::ParameterValue, 'Validator weights: set, commit, reveal (from a local commit journal), status')
            [CompletionResult]::new('hparams', 'hparams', [CompletionResultType]::ParameterValue, 'Subnet hyperparameters: values, units, defaults, who may set them')
            [CompletionResult]::new('sudo', 'sudo', [CompletionResultType]::ParameterValue, 'Subnet hyperparameters: values, units, defaults, who may set them')
            [CompletionResult]::new('monitor', 'monitor', [CompletionResultType]::ParameterValue, 'Full-screen live monitor of subnets, prices, emissions, metagraphs and your positions')
            [CompletionResult]::new('chain', 'chain', [CompletionResultType]::ParameterValue, 'Drive the embedded chain: create it, inspect it, move time forward')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A narrated tour on a fresh, private embedded chain: wallet, faucet, subnet, registration, a stake with its preview, an epoch, emissions')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change taoctl''s configuration file')
            [CompletionResult]::new('dev', 'dev', [CompletionResultType]::ParameterValue, 'Developer tools: run the chain''s consensus and pool arithmetic on vector files')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Regenerate shell completions and man pages (maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;wallet' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a wallet: a new coldkey and a new hotkey (-H, default `default`)')
            [CompletionResult]::new('new-coldkey', 'new-coldkey', [CompletionResultType]::ParameterValue, 'Create a new coldkey in a wallet')
            [CompletionResult]::new('new-hotkey', 'new-hotkey', [CompletionResultType]::ParameterValue, 'Create a new hotkey (-H) in a wallet. Hotkeys are written unencrypted, as miners and validators load them without a prompt')
            [CompletionResult]::new('regen-coldkey', 'regen-coldkey', [CompletionResultType]::ParameterValue, 'Restore an existing coldkey from its mnemonic, seed, private key, polkadot-js JSON or a development URI. This recovers a key you already have; it does not make a new one')
            [CompletionResult]::new('regen-hotkey', 'regen-hotkey', [CompletionResultType]::ParameterValue, 'Restore an existing hotkey (-H) from its mnemonic, seed, private key, JSON or URI')
            [CompletionResult]::new('regen-coldkeypub', 'regen-coldkeypub', [CompletionResultType]::ParameterValue, 'Write a watch-only coldkeypub.txt from an address or public key (no secret on the box)')
            [CompletionResult]::new('regen-hotkeypub', 'regen-hotkeypub', [CompletionResultType]::ParameterValue, 'Write a watch-only hotkey pub file (-H) from an address or public key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List wallets and hotkeys with addresses and each key file''s format (no password needed)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one wallet: coldkey, hotkeys, formats, files and addresses (no password needed)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the coldkey (or a hotkey) to another format')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a btcli wallet directory or a polkadot-js JSON file into wallet -w')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Re-encrypt the coldkey in place in another format (atomic; same password unless --change-password)')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Change the coldkey''s (or a hotkey''s) password, keeping its format (atomic)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a message with the coldkey (or the hotkey with --use-hotkey); prints the signature')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a signature (over the raw message or over `<Bytes>message</Bytes>`)')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Free balance and stake value of the wallet''s coldkey, of every wallet, or of any address')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Send TAO from the wallet''s coldkey. Keeps the account alive unless --allow-death')
            [CompletionResult]::new('overview', 'overview', [CompletionResultType]::ParameterValue, 'Every hotkey of the wallet: registrations per subnet with uid, stake, emission, immunity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;wallet;create' {
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Number of mnemonic words: 12, 15, 18, 21 or 24')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--btcli-compatible', '--btcli-compatible', [CompletionResultType]::ParameterName, 'Write the coldkey in the btcli `$NACL` format instead of taoctl''s format')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace existing key files (make sure you have their mnemonics first)')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Do not encrypt the coldkey (not recommended outside tests and dev chains)')
            [CompletionResult]::new('--show-mnemonic', '--show-mnemonic', [CompletionResultType]::ParameterName, 'Include the mnemonic in the --json output (it is always shown once to a person)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the names and the target files and show where the new keys would go, generating and writing nothing (no new password is asked for; a --password-file is checked)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;new-coldkey' {
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Number of mnemonic words: 12, 15, 18, 21 or 24')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--btcli-compatible', '--btcli-compatible', [CompletionResultType]::ParameterName, 'Write the coldkey in the btcli `$NACL` format instead of taoctl''s format')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace existing key files (make sure you have their mnemonics first)')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Do not encrypt the coldkey (not recommended outside tests and dev chains)')
            [CompletionResult]::new('--show-mnemonic', '--show-mnemonic', [CompletionResultType]::ParameterName, 'Include the mnemonic in the --json output (it is always shown once to a person)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the names and the target files and show where the new keys would go, generating and writing nothing (no new password is asked for; a --password-file is checked)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;new-hotkey' {
            [CompletionResult]::new('--words', '--words', [CompletionResultType]::ParameterName, 'Number of mnemonic words: 12, 15, 18, 21 or 24')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace an existing hotkey (make sure you have its mnemonic first)')
            [CompletionResult]::new('--show-mnemonic', '--show-mnemonic', [CompletionResultType]::ParameterName, 'Include the mnemonic in the --json output (it is always shown once to a person)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the names and the target files and show where the new keys would go, generating and writing nothing (no new password is asked for; a --password-file is checked)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;regen-coldkey' {
            [CompletionResult]::new('--mnemonic', '--mnemonic', [CompletionResultType]::ParameterName, 'The mnemonic (quote it). Prefer --mnemonic-file: command lines are visible to other users')
            [CompletionResult]::new('--mnemonic-file', '--mnemonic-file', [CompletionResultType]::ParameterName, 'A file whose content is the mnemonic')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'A 32-byte seed (mini secret) as hex')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'A 64-byte sr25519 private key as hex (btwallet `privateKey`)')
            [CompletionResult]::new('--json-file', '--json-file', [CompletionResultType]::ParameterName, 'A polkadot-js JSON export (its password comes from the usual password sources). (`--json` is taken by the global JSON-output flag.)')
            [CompletionResult]::new('--uri', '--uri', [CompletionResultType]::ParameterName, 'A secret URI such as //Alice or ''<mnemonic>//hard/soft'' (development keys)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--btcli-compatible', '--btcli-compatible', [CompletionResultType]::ParameterName, 'Write the coldkey in the btcli `$NACL` format instead of taoctl''s format')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace existing key files')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Do not encrypt the coldkey (hotkeys are never encrypted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the source and the target and show the key that would be written, writing nothing (no new password is asked for)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;regen-hotkey' {
            [CompletionResult]::new('--mnemonic', '--mnemonic', [CompletionResultType]::ParameterName, 'The mnemonic (quote it). Prefer --mnemonic-file: command lines are visible to other users')
            [CompletionResult]::new('--mnemonic-file', '--mnemonic-file', [CompletionResultType]::ParameterName, 'A file whose content is the mnemonic')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'A 32-byte seed (mini secret) as hex')
            [CompletionResult]::new('--private-key', '--private-key', [CompletionResultType]::ParameterName, 'A 64-byte sr25519 private key as hex (btwallet `privateKey`)')
            [CompletionResult]::new('--json-file', '--json-file', [CompletionResultType]::ParameterName, 'A polkadot-js JSON export (its password comes from the usual password sources). (`--json` is taken by the global JSON-output flag.)')
            [CompletionResult]::new('--uri', '--uri', [CompletionResultType]::ParameterName, 'A secret URI such as //Alice or ''<mnemonic>//hard/soft'' (development keys)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--btcli-compatible', '--btcli-compatible', [CompletionResultType]::ParameterName, 'Write the coldkey in the btcli `$NACL` format instead of taoctl''s format')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace existing key files')
            [CompletionResult]::new('--no-password', '--no-password', [CompletionResultType]::ParameterName, 'Do not encrypt the coldkey (hotkeys are never encrypted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the source and the target and show the key that would be written, writing nothing (no new password is asked for)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;regen-coldkeypub' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'SS58 address')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public key as 0x + 64 hex digits')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace an existing pub file')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the pub file that would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;regen-hotkeypub' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'SS58 address')
            [CompletionResult]::new('--public-key', '--public-key', [CompletionResultType]::ParameterName, 'Public key as 0x + 64 hex digits')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace an existing pub file')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the pub file that would be written, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;list' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;show' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Target format')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Output file (for btcli: a wallets root; the wallet directory is created inside it)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--use-hotkey', '--use-hotkey', [CompletionResultType]::ParameterName, 'Export the hotkey (-H) instead of the coldkey (polkadot-js and taoctl formats)')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace an existing output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Unlock the key and show the files and format the export would write, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;import' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--btcli-compatible', '--btcli-compatible', [CompletionResultType]::ParameterName, 'Keep the coldkey in the btcli `$NACL` format instead of taoctl''s format')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace existing key files in the target wallet')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Read and unlock the source and show the keys and formats the import would write, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;convert' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Target format')
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'Read the new password from the first line of FILE (or set TAOCTL_NEW_PASSWORD, unsafe)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--change-password', '--change-password', [CompletionResultType]::ParameterName, 'Also set a new password (asked twice, or read from --new-password-file)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Unlock the coldkey and show the format it would be rewritten in, writing nothing (no new password is asked for; a --new-password-file is checked)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;change-password' {
            [CompletionResult]::new('--new-password-file', '--new-password-file', [CompletionResultType]::ParameterName, 'Read the new password from the first line of FILE (or set TAOCTL_NEW_PASSWORD, unsafe)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--use-hotkey', '--use-hotkey', [CompletionResultType]::ParameterName, 'Change the hotkey''s (-H) password instead of the coldkey''s')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the old password and show the file that would be rewritten, writing nothing (no new password is asked for; a --new-password-file is checked)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;sign' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'The message is hex (with or without 0x)')
            [CompletionResult]::new('--bytes-wrapped', '--bytes-wrapped', [CompletionResultType]::ParameterName, 'Sign `<Bytes>message</Bytes>`, as polkadot-js `signRaw` does')
            [CompletionResult]::new('--use-hotkey', '--use-hotkey', [CompletionResultType]::ParameterName, 'Sign with the hotkey (-H) instead of the coldkey')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;verify' {
            [CompletionResult]::new('--signature', '--signature', [CompletionResultType]::ParameterName, 'Signature as hex (0x + 128 hex digits)')
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'Address of the signer [default: the wallet''s coldkey, or hotkey with --use-hotkey]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--use-hotkey', '--use-hotkey', [CompletionResultType]::ParameterName, 'The signer is the wallet''s hotkey (-H) (when --ss58 is not given)')
            [CompletionResult]::new('--hex', '--hex', [CompletionResultType]::ParameterName, 'The message is hex (with or without 0x)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;balance' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'Any address (no wallet needed)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every wallet under --wallet-path')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;transfer' {
            [CompletionResult]::new('--dest', '--dest', [CompletionResultType]::ParameterName, 'Destination: an SS58 address or the name of a local wallet')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount in TAO (at most 9 decimals)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Send the whole free balance (minus the fee, and minus the existential deposit unless --allow-death)')
            [CompletionResult]::new('--allow-death', '--allow-death', [CompletionResultType]::ParameterName, 'Allow the sending account to drop below the existential deposit and be reaped')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the transfer, fee and resulting balances without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;overview' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wallet;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a wallet: a new coldkey and a new hotkey (-H, default `default`)')
            [CompletionResult]::new('new-coldkey', 'new-coldkey', [CompletionResultType]::ParameterValue, 'Create a new coldkey in a wallet')
            [CompletionResult]::new('new-hotkey', 'new-hotkey', [CompletionResultType]::ParameterValue, 'Create a new hotkey (-H) in a wallet. Hotkeys are written unencrypted, as miners and validators load them without a prompt')
            [CompletionResult]::new('regen-coldkey', 'regen-coldkey', [CompletionResultType]::ParameterValue, 'Restore an existing coldkey from its mnemonic, seed, private key, polkadot-js JSON or a development URI. This recovers a key you already have; it does not make a new one')
            [CompletionResult]::new('regen-hotkey', 'regen-hotkey', [CompletionResultType]::ParameterValue, 'Restore an existing hotkey (-H) from its mnemonic, seed, private key, JSON or URI')
            [CompletionResult]::new('regen-coldkeypub', 'regen-coldkeypub', [CompletionResultType]::ParameterValue, 'Write a watch-only coldkeypub.txt from an address or public key (no secret on the box)')
            [CompletionResult]::new('regen-hotkeypub', 'regen-hotkeypub', [CompletionResultType]::ParameterValue, 'Write a watch-only hotkey pub file (-H) from an address or public key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List wallets and hotkeys with addresses and each key file''s format (no password needed)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one wallet: coldkey, hotkeys, formats, files and addresses (no password needed)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the coldkey (or a hotkey) to another format')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a btcli wallet directory or a polkadot-js JSON file into wallet -w')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Re-encrypt the coldkey in place in another format (atomic; same password unless --change-password)')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Change the coldkey''s (or a hotkey''s) password, keeping its format (atomic)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a message with the coldkey (or the hotkey with --use-hotkey); prints the signature')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a signature (over the raw message or over `<Bytes>message</Bytes>`)')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Free balance and stake value of the wallet''s coldkey, of every wallet, or of any address')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Send TAO from the wallet''s coldkey. Keeps the account alive unless --allow-death')
            [CompletionResult]::new('overview', 'overview', [CompletionResultType]::ParameterValue, 'Every hotkey of the wallet: registrations per subnet with uid, stake, emission, immunity')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;wallet;help;create' {
            break
        }
        'taoctl;wallet;help;new-coldkey' {
            break
        }
        'taoctl;wallet;help;new-hotkey' {
            break
        }
        'taoctl;wallet;help;regen-coldkey' {
            break
        }
        'taoctl;wallet;help;regen-hotkey' {
            break
        }
        'taoctl;wallet;help;regen-coldkeypub' {
            break
        }
        'taoctl;wallet;help;regen-hotkeypub' {
            break
        }
        'taoctl;wallet;help;list' {
            break
        }
        'taoctl;wallet;help;show' {
            break
        }
        'taoctl;wallet;help;export' {
            break
        }
        'taoctl;wallet;help;import' {
            break
        }
        'taoctl;wallet;help;convert' {
            break
        }
        'taoctl;wallet;help;change-password' {
            break
        }
        'taoctl;wallet;help;sign' {
            break
        }
        'taoctl;wallet;help;verify' {
            break
        }
        'taoctl;wallet;help;balance' {
            break
        }
        'taoctl;wallet;help;transfer' {
            break
        }
        'taoctl;wallet;help;overview' {
            break
        }
        'taoctl;wallet;help;help' {
            break
        }
        'taoctl;stake' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Stake TAO on a hotkey in one or more subnets (amount in TAO, per hotkey and subnet).')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Unstake alpha from a hotkey in one or more subnets (amount in alpha), receiving TAO.')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move stake between your hotkeys and/or subnets (same coldkey; amount in alpha).')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Transfer stake to another coldkey (it stays on the same hotkey; amount in alpha).')
            [CompletionResult]::new('swap', 'swap', [CompletionResultType]::ParameterValue, 'Swap stake between subnets on the same hotkey (amount in alpha of the origin subnet).')
            [CompletionResult]::new('unstake-all', 'unstake-all', [CompletionResultType]::ParameterValue, 'Unstake everything from a hotkey on every subnet (`unstake_all`), or with --alpha-only every non-root subnet and restake the TAO on root (`unstake_all_alpha`).')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Stake positions of a coldkey: alpha, value at the spot price and at exit after slippage.')
            [CompletionResult]::new('child', 'child', [CompletionResultType]::ParameterValue, 'Child hotkeys: lend a share of a hotkey''s stake weight on a subnet to other hotkeys (they validate with it; the parent earns its share of their dividends, minus their childkey take)')
            [CompletionResult]::new('children', 'children', [CompletionResultType]::ParameterValue, 'Child hotkeys: lend a share of a hotkey''s stake weight on a subnet to other hotkeys (they validate with it; the parent earns its share of their dividends, minus their childkey take)')
            [CompletionResult]::new('claim-root', 'claim-root', [CompletionResultType]::ParameterValue, 'Claim the root dividends your root stake has earned on subnets (`claim_root`).')
            [CompletionResult]::new('set-claim', 'set-claim', [CompletionResultType]::ParameterValue, 'Choose how root dividends are claimed (`set_root_claim_type`): swap (sell the alpha and add the TAO to your root stake, the default), keep (stake the alpha on its subnet), or keep-subnets (keep on --netuids, swap elsewhere).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;stake;add' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--netuids', '--netuids', [CompletionResultType]::ParameterName, 'Several subnets, comma-separated (one leg per subnet)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'TAO to stake per leg (at most 9 decimals)')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address to act on (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before submitting returns less than the preview minus this much')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--all-hotkeys', '--all-hotkeys', [CompletionResultType]::ParameterName, 'Every hotkey of the wallet (one leg per hotkey and subnet)')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing)')
            [CompletionResult]::new('--unsafe', '--unsafe', [CompletionResultType]::ParameterName, 'Submit without any price protection (plain add_stake/remove_stake/swap_stake; no client-side check)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call(s) without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;remove' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--netuids', '--netuids', [CompletionResultType]::ParameterName, 'Several subnets, comma-separated (one leg per subnet)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Alpha to unstake per leg (at most 9 decimals)')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address to act on (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before submitting returns less than the preview minus this much')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Unstake the whole position of each leg')
            [CompletionResult]::new('--all-hotkeys', '--all-hotkeys', [CompletionResultType]::ParameterName, 'Every hotkey of the wallet (one leg per hotkey and subnet)')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing)')
            [CompletionResult]::new('--unsafe', '--unsafe', [CompletionResultType]::ParameterName, 'Submit without any price protection (plain add_stake/remove_stake/swap_stake; no client-side check)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call(s) without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;move' {
            [CompletionResult]::new('--origin-netuid', '--origin-netuid', [CompletionResultType]::ParameterName, 'Subnet the stake leaves')
            [CompletionResult]::new('--dest-netuid', '--dest-netuid', [CompletionResultType]::ParameterName, 'Subnet the stake lands in')
            [CompletionResult]::new('--origin-hotkey', '--origin-hotkey', [CompletionResultType]::ParameterName, 'Hotkey the stake leaves (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--dest-hotkey', '--dest-hotkey', [CompletionResultType]::ParameterName, 'Hotkey the stake lands on (default: the origin hotkey)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Alpha of the origin subnet to move')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before submitting returns less than the preview minus this much')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Move the whole position')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing)')
            [CompletionResult]::new('--unsafe', '--unsafe', [CompletionResultType]::ParameterName, 'Submit without any price protection (plain add_stake/remove_stake/swap_stake; no client-side check)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call(s) without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;transfer' {
            [CompletionResult]::new('--dest', '--dest', [CompletionResultType]::ParameterName, 'Destination coldkey (SS58)')
            [CompletionResult]::new('--origin-netuid', '--origin-netuid', [CompletionResultType]::ParameterName, 'Subnet the stake leaves')
            [CompletionResult]::new('--dest-netuid', '--dest-netuid', [CompletionResultType]::ParameterName, 'Subnet the stake lands in')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey holding the stake (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Alpha of the origin subnet to transfer')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before submitting returns less than the preview minus this much')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Transfer the whole position')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing)')
            [CompletionResult]::new('--unsafe', '--unsafe', [CompletionResultType]::ParameterName, 'Submit without any price protection (plain add_stake/remove_stake/swap_stake; no client-side check)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call(s) without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;swap' {
            [CompletionResult]::new('--origin-netuid', '--origin-netuid', [CompletionResultType]::ParameterName, 'Subnet the stake leaves')
            [CompletionResult]::new('--dest-netuid', '--dest-netuid', [CompletionResultType]::ParameterName, 'Subnet the stake lands in')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey holding the stake (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Alpha of the origin subnet to swap')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before submitting returns less than the preview minus this much')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Swap the whole position')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing)')
            [CompletionResult]::new('--unsafe', '--unsafe', [CompletionResultType]::ParameterName, 'Submit without any price protection (plain add_stake/remove_stake/swap_stake; no client-side check)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call(s) without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;unstake-all' {
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address to act on (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before submitting returns less than the preview minus this much')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--alpha-only', '--alpha-only', [CompletionResultType]::ParameterName, 'Keep root stake and restake the TAO from every other subnet on root (`unstake_all_alpha`)')
            [CompletionResult]::new('--all-hotkeys', '--all-hotkeys', [CompletionResultType]::ParameterName, 'Every hotkey of the wallet (one leg per hotkey and subnet)')
            [CompletionResult]::new('--partial', '--partial', [CompletionResultType]::ParameterName, 'Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing)')
            [CompletionResult]::new('--unsafe', '--unsafe', [CompletionResultType]::ParameterName, 'Submit without any price protection (plain add_stake/remove_stake/swap_stake; no client-side check)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call(s) without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;list' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'Any coldkey address (default: the wallet''s coldkey; no password needed)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;child' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A hotkey''s children, parents, pending change and childkey take on a subnet.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a hotkey''s children on a subnet (replaces the list). On a started subnet the change is scheduled and applies at the first epoch after a cooldown (7200 blocks by default).')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove all of a hotkey''s children on a subnet (scheduled like `set`).')
            [CompletionResult]::new('take', 'take', [CompletionResultType]::ParameterValue, 'Show or set a hotkey''s childkey take on a subnet: the share of its parents'' dividends it keeps (0–18 %; raising it is allowed once per 216 000 blocks).')
            [CompletionResult]::new('auto-parent', 'auto-parent', [CompletionResultType]::ParameterValue, 'Show or set whether a root validator hotkey is made a parent (100 %) of each new subnet''s owner hotkey (`set_auto_parent_delegation_enabled`; on by default). Applies to subnets registered later, not to existing relations (revoke those with `child revoke`).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;stake;children' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A hotkey''s children, parents, pending change and childkey take on a subnet.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a hotkey''s children on a subnet (replaces the list). On a started subnet the change is scheduled and applies at the first epoch after a cooldown (7200 blocks by default).')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove all of a hotkey''s children on a subnet (scheduled like `set`).')
            [CompletionResult]::new('take', 'take', [CompletionResultType]::ParameterValue, 'Show or set a hotkey''s childkey take on a subnet: the share of its parents'' dividends it keeps (0–18 %; raising it is allowed once per 216 000 blocks).')
            [CompletionResult]::new('auto-parent', 'auto-parent', [CompletionResultType]::ParameterValue, 'Show or set whether a root validator hotkey is made a parent (100 %) of each new subnet''s owner hotkey (`set_auto_parent_delegation_enabled`; on by default). Applies to subnets registered later, not to existing relations (revoke those with `child revoke`).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;stake;child;get' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;children;get' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;child;set' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--children', '--children', [CompletionResultType]::ParameterName, 'Child hotkey addresses, comma-separated (at most 5)')
            [CompletionResult]::new('--proportions', '--proportions', [CompletionResultType]::ParameterName, 'The share of the hotkey''s stake each child gets, as fractions in the same order (0.25 = 25 %); they may add up to at most 1')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;children;set' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--children', '--children', [CompletionResultType]::ParameterName, 'Child hotkey addresses, comma-separated (at most 5)')
            [CompletionResult]::new('--proportions', '--proportions', [CompletionResultType]::ParameterName, 'The share of the hotkey''s stake each child gets, as fractions in the same order (0.25 = 25 %); they may add up to at most 1')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;child;revoke' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;children;revoke' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;child;take' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--take', '--take', [CompletionResultType]::ParameterName, 'New take as a fraction (0.09 = 9 %); without it the current take is shown')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;children;take' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'The subnet')
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Hotkey address (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--take', '--take', [CompletionResultType]::ParameterName, 'New take as a fraction (0.09 = 9 %); without it the current take is shown')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;child;auto-parent' {
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Root validator hotkey address (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Opt back in: become a parent of each new subnet''s owner hotkey')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Opt out: new subnets'' owner hotkeys no longer get this hotkey as a parent')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;children;auto-parent' {
            [CompletionResult]::new('--hotkey-ss58', '--hotkey-ss58', [CompletionResultType]::ParameterName, 'Root validator hotkey address (default: the wallet''s hotkey chosen with -H)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Opt back in: become a parent of each new subnet''s owner hotkey')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Opt out: new subnets'' owner hotkeys no longer get this hotkey as a parent')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the preview and the exact call without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;child;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A hotkey''s children, parents, pending change and childkey take on a subnet.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a hotkey''s children on a subnet (replaces the list). On a started subnet the change is scheduled and applies at the first epoch after a cooldown (7200 blocks by default).')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove all of a hotkey''s children on a subnet (scheduled like `set`).')
            [CompletionResult]::new('take', 'take', [CompletionResultType]::ParameterValue, 'Show or set a hotkey''s childkey take on a subnet: the share of its parents'' dividends it keeps (0–18 %; raising it is allowed once per 216 000 blocks).')
            [CompletionResult]::new('auto-parent', 'auto-parent', [CompletionResultType]::ParameterValue, 'Show or set whether a root validator hotkey is made a parent (100 %) of each new subnet''s owner hotkey (`set_auto_parent_delegation_enabled`; on by default). Applies to subnets registered later, not to existing relations (revoke those with `child revoke`).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;stake;child;help;get' {
            break
        }
        'taoctl;stake;child;help;set' {
            break
        }
        'taoctl;stake;child;help;revoke' {
            break
        }
        'taoctl;stake;child;help;take' {
            break
        }
        'taoctl;stake;child;help;auto-parent' {
            break
        }
        'taoctl;stake;child;help;help' {
            break
        }
        'taoctl;stake;children;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A hotkey''s children, parents, pending change and childkey take on a subnet.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a hotkey''s children on a subnet (replaces the list). On a started subnet the change is scheduled and applies at the first epoch after a cooldown (7200 blocks by default).')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove all of a hotkey''s children on a subnet (scheduled like `set`).')
            [CompletionResult]::new('take', 'take', [CompletionResultType]::ParameterValue, 'Show or set a hotkey''s childkey take on a subnet: the share of its parents'' dividends it keeps (0–18 %; raising it is allowed once per 216 000 blocks).')
            [CompletionResult]::new('auto-parent', 'auto-parent', [CompletionResultType]::ParameterValue, 'Show or set whether a root validator hotkey is made a parent (100 %) of each new subnet''s owner hotkey (`set_auto_parent_delegation_enabled`; on by default). Applies to subnets registered later, not to existing relations (revoke those with `child revoke`).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;stake;children;help;get' {
            break
        }
        'taoctl;stake;children;help;set' {
            break
        }
        'taoctl;stake;children;help;revoke' {
            break
        }
        'taoctl;stake;children;help;take' {
            break
        }
        'taoctl;stake;children;help;auto-parent' {
            break
        }
        'taoctl;stake;children;help;help' {
            break
        }
        'taoctl;stake;claim-root' {
            [CompletionResult]::new('--netuids', '--netuids', [CompletionResultType]::ParameterName, 'Subnets to claim on, comma-separated (default: every subnet with something to claim, up to 5)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what is owed and the exact call without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;set-claim' {
            [CompletionResult]::new('--netuids', '--netuids', [CompletionResultType]::ParameterName, 'Subnets whose alpha is kept (keep-subnets only)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the exact call without signing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;stake;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Stake TAO on a hotkey in one or more subnets (amount in TAO, per hotkey and subnet).')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Unstake alpha from a hotkey in one or more subnets (amount in alpha), receiving TAO.')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move stake between your hotkeys and/or subnets (same coldkey; amount in alpha).')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Transfer stake to another coldkey (it stays on the same hotkey; amount in alpha).')
            [CompletionResult]::new('swap', 'swap', [CompletionResultType]::ParameterValue, 'Swap stake between subnets on the same hotkey (amount in alpha of the origin subnet).')
            [CompletionResult]::new('unstake-all', 'unstake-all', [CompletionResultType]::ParameterValue, 'Unstake everything from a hotkey on every subnet (`unstake_all`), or with --alpha-only every non-root subnet and restake the TAO on root (`unstake_all_alpha`).')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Stake positions of a coldkey: alpha, value at the spot price and at exit after slippage.')
            [CompletionResult]::new('child', 'child', [CompletionResultType]::ParameterValue, 'Child hotkeys: lend a share of a hotkey''s stake weight on a subnet to other hotkeys (they validate with it; the parent earns its share of their dividends, minus their childkey take)')
            [CompletionResult]::new('claim-root', 'claim-root', [CompletionResultType]::ParameterValue, 'Claim the root dividends your root stake has earned on subnets (`claim_root`).')
            [CompletionResult]::new('set-claim', 'set-claim', [CompletionResultType]::ParameterValue, 'Choose how root dividends are claimed (`set_root_claim_type`): swap (sell the alpha and add the TAO to your root stake, the default), keep (stake the alpha on its subnet), or keep-subnets (keep on --netuids, swap elsewhere).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;stake;help;add' {
            break
        }
        'taoctl;stake;help;remove' {
            break
        }
        'taoctl;stake;help;move' {
            break
        }
        'taoctl;stake;help;transfer' {
            break
        }
        'taoctl;stake;help;swap' {
            break
        }
        'taoctl;stake;help;unstake-all' {
            break
        }
        'taoctl;stake;help;list' {
            break
        }
        'taoctl;stake;help;child' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A hotkey''s children, parents, pending change and childkey take on a subnet.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a hotkey''s children on a subnet (replaces the list). On a started subnet the change is scheduled and applies at the first epoch after a cooldown (7200 blocks by default).')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove all of a hotkey''s children on a subnet (scheduled like `set`).')
            [CompletionResult]::new('take', 'take', [CompletionResultType]::ParameterValue, 'Show or set a hotkey''s childkey take on a subnet: the share of its parents'' dividends it keeps (0–18 %; raising it is allowed once per 216 000 blocks).')
            [CompletionResult]::new('auto-parent', 'auto-parent', [CompletionResultType]::ParameterValue, 'Show or set whether a root validator hotkey is made a parent (100 %) of each new subnet''s owner hotkey (`set_auto_parent_delegation_enabled`; on by default). Applies to subnets registered later, not to existing relations (revoke those with `child revoke`).')
            break
        }
        'taoctl;stake;help;child;get' {
            break
        }
        'taoctl;stake;help;child;set' {
            break
        }
        'taoctl;stake;help;child;revoke' {
            break
        }
        'taoctl;stake;help;child;take' {
            break
        }
        'taoctl;stake;help;child;auto-parent' {
            break
        }
        'taoctl;stake;help;claim-root' {
            break
        }
        'taoctl;stake;help;set-claim' {
            break
        }
        'taoctl;stake;help;help' {
            break
        }
        'taoctl;subnets' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every subnet: price, moving price, emission share, pool reserves, market cap, tempo countdown and registration (burn) cost.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One subnet''s header and metagraph (uid, hotkey, coldkey, stake, permit, incentive, dividends, emission, last update, immunity).')
            [CompletionResult]::new('metagraph', 'metagraph', [CompletionResultType]::ParameterValue, 'One subnet''s header and metagraph (uid, hotkey, coldkey, stake, permit, incentive, dividends, emission, last update, immunity).')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet: shows the lock cost first, then registers it with your hotkey as owner.')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the wallet''s hotkey as a neuron on a subnet (burned registration).')
            [CompletionResult]::new('burn-cost', 'burn-cost', [CompletionResultType]::ParameterValue, 'The current neuron registration (burn) cost of a subnet.')
            [CompletionResult]::new('create-cost', 'create-cost', [CompletionResultType]::ParameterValue, 'The current subnet creation (lock) cost.')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start emission on a subnet you own (`start_call`).')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set the identity of a subnet you own (fields left out are cleared).')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Price history from the trades stored on the embedded chain: per block range, the trades, TAO volume, volume-weighted and last trade price; plus the current spot price.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;subnets;list' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;subnets;show' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;subnets;metagraph' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;subnets;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Subnet name (≤ 256 bytes)')
            [CompletionResult]::new('--github-repo', '--github-repo', [CompletionResultType]::ParameterName, 'GitHub repository URL')
            [CompletionResult]::new('--subnet-contact', '--subnet-contact', [CompletionResultType]::ParameterName, 'Contact (e-mail or similar)')
            [CompletionResult]::new('--subnet-url', '--subnet-url', [CompletionResultType]::ParameterName, 'Web site')
            [CompletionResult]::new('--discord', '--discord', [CompletionResultType]::ParameterName, 'Discord handle (≤ 256 bytes)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--logo-url', '--logo-url', [CompletionResultType]::ParameterName, 'Logo URL')
            [CompletionResult]::new('--additional', '--additional', [CompletionResultType]::ParameterName, 'Anything else')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the lock cost and the exact call without signing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;subnets;register' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--max-cost', '--max-cost', [CompletionResultType]::ParameterName, 'Highest burn you accept, in TAO (default: the cost shown in the preview)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the cost and the exact call without signing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;subnets;burn-cost' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;subnets;create-cost' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;subnets;start' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the exact call and its effects without signing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;subnets;set-identity' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Subnet name (≤ 256 bytes)')
            [CompletionResult]::new('--github-repo', '--github-repo', [CompletionResultType]::ParameterName, 'GitHub repository URL')
            [CompletionResult]::new('--subnet-contact', '--subnet-contact', [CompletionResultType]::ParameterName, 'Contact (e-mail or similar)')
            [CompletionResult]::new('--subnet-url', '--subnet-url', [CompletionResultType]::ParameterName, 'Web site')
            [CompletionResult]::new('--discord', '--discord', [CompletionResultType]::ParameterName, 'Discord handle (≤ 256 bytes)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description')
            [CompletionResult]::new('--logo-url', '--logo-url', [CompletionResultType]::ParameterName, 'Logo URL')
            [CompletionResult]::new('--additional', '--additional', [CompletionResultType]::ParameterName, 'Anything else')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the exact call without signing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;subnets;price' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Blocks per sample')
            [CompletionResult]::new('--blocks', '--blocks', [CompletionResultType]::ParameterName, 'How far back to look, in blocks from the head')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;subnets;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every subnet: price, moving price, emission share, pool reserves, market cap, tempo countdown and registration (burn) cost.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One subnet''s header and metagraph (uid, hotkey, coldkey, stake, permit, incentive, dividends, emission, last update, immunity).')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet: shows the lock cost first, then registers it with your hotkey as owner.')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the wallet''s hotkey as a neuron on a subnet (burned registration).')
            [CompletionResult]::new('burn-cost', 'burn-cost', [CompletionResultType]::ParameterValue, 'The current neuron registration (burn) cost of a subnet.')
            [CompletionResult]::new('create-cost', 'create-cost', [CompletionResultType]::ParameterValue, 'The current subnet creation (lock) cost.')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start emission on a subnet you own (`start_call`).')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set the identity of a subnet you own (fields left out are cleared).')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Price history from the trades stored on the embedded chain: per block range, the trades, TAO volume, volume-weighted and last trade price; plus the current spot price.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;subnets;help;list' {
            break
        }
        'taoctl;subnets;help;show' {
            break
        }
        'taoctl;subnets;help;create' {
            break
        }
        'taoctl;subnets;help;register' {
            break
        }
        'taoctl;subnets;help;burn-cost' {
            break
        }
        'taoctl;subnets;help;create-cost' {
            break
        }
        'taoctl;subnets;help;start' {
            break
        }
        'taoctl;subnets;help;set-identity' {
            break
        }
        'taoctl;subnets;help;price' {
            break
        }
        'taoctl;subnets;help;help' {
            break
        }
        'taoctl;weights' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set weights directly (subnets with commit-reveal off), signed by the hotkey')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Commit a hash of the weights (commit-reveal on) and record the salt in the journal')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal committed weights from the journal; never waits for a window')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Journal entries with their state (committed, due, revealed, expired) checked against the chain''s commits, and the hotkey''s current on-chain weights')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;wt' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set weights directly (subnets with commit-reveal off), signed by the hotkey')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Commit a hash of the weights (commit-reveal on) and record the salt in the journal')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal committed weights from the journal; never waits for a window')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Journal entries with their state (committed, due, revealed, expired) checked against the chain''s commits, and the hotkey''s current on-chain weights')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;weights;set' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--weights', '--weights', [CompletionResultType]::ParameterName, 'Inline `uid:weight` pairs separated by commas, e.g. "0:0.5,3:2"; `-` reads stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A file of weights: JSON `{"uid": w, …}` or `[[uid, w], …]`, or CSV lines `uid,weight` (an optional header line is skipped); `-` reads stdin')
            [CompletionResult]::new('--version-key', '--version-key', [CompletionResultType]::ParameterName, 'Version key sent with the weights [default: the subnet''s `weights_version`]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and show the normalised weights without signing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wt;set' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--weights', '--weights', [CompletionResultType]::ParameterName, 'Inline `uid:weight` pairs separated by commas, e.g. "0:0.5,3:2"; `-` reads stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A file of weights: JSON `{"uid": w, …}` or `[[uid, w], …]`, or CSV lines `uid,weight` (an optional header line is skipped); `-` reads stdin')
            [CompletionResult]::new('--version-key', '--version-key', [CompletionResultType]::ParameterName, 'Version key sent with the weights [default: the subnet''s `weights_version`]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and show the normalised weights without signing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;weights;commit' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--weights', '--weights', [CompletionResultType]::ParameterName, 'Inline `uid:weight` pairs separated by commas, e.g. "0:0.5,3:2"; `-` reads stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A file of weights: JSON `{"uid": w, …}` or `[[uid, w], …]`, or CSV lines `uid,weight` (an optional header line is skipped); `-` reads stdin')
            [CompletionResult]::new('--version-key', '--version-key', [CompletionResultType]::ParameterName, 'Version key sent with the weights [default: the subnet''s `weights_version`]')
            [CompletionResult]::new('--salt', '--salt', [CompletionResultType]::ParameterName, 'Salt as comma-separated u16 values [default: 8 random values]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and show the commit hash without signing or writing the journal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wt;commit' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--weights', '--weights', [CompletionResultType]::ParameterName, 'Inline `uid:weight` pairs separated by commas, e.g. "0:0.5,3:2"; `-` reads stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A file of weights: JSON `{"uid": w, …}` or `[[uid, w], …]`, or CSV lines `uid,weight` (an optional header line is skipped); `-` reads stdin')
            [CompletionResult]::new('--version-key', '--version-key', [CompletionResultType]::ParameterName, 'Version key sent with the weights [default: the subnet''s `weights_version`]')
            [CompletionResult]::new('--salt', '--salt', [CompletionResultType]::ParameterName, 'Salt as comma-separated u16 values [default: 8 random values]')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and show the commit hash without signing or writing the journal')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;weights;reveal' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id (required unless --pending; with --pending it narrows to one subnet)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Reveal this commit (its hash, as `weights status` shows it; a unique prefix is enough)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Reveal every due commit in the journal across subnets')
            [CompletionResult]::new('--all-hotkeys', '--all-hotkeys', [CompletionResultType]::ParameterName, 'With --pending: every hotkey of the wallet, not just -H')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be revealed without signing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wt;reveal' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id (required unless --pending; with --pending it narrows to one subnet)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Reveal this commit (its hash, as `weights status` shows it; a unique prefix is enough)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Reveal every due commit in the journal across subnets')
            [CompletionResult]::new('--all-hotkeys', '--all-hotkeys', [CompletionResultType]::ParameterName, 'With --pending: every hotkey of the wallet, not just -H')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be revealed without signing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;weights;status' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Only this subnet')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--all-hotkeys', '--all-hotkeys', [CompletionResultType]::ParameterName, 'Every journal entry of this network, whichever hotkey made it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;wt;status' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Only this subnet')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--all-hotkeys', '--all-hotkeys', [CompletionResultType]::ParameterName, 'Every journal entry of this network, whichever hotkey made it')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;weights;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set weights directly (subnets with commit-reveal off), signed by the hotkey')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Commit a hash of the weights (commit-reveal on) and record the salt in the journal')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal committed weights from the journal; never waits for a window')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Journal entries with their state (committed, due, revealed, expired) checked against the chain''s commits, and the hotkey''s current on-chain weights')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;weights;help;set' {
            break
        }
        'taoctl;weights;help;commit' {
            break
        }
        'taoctl;weights;help;reveal' {
            break
        }
        'taoctl;weights;help;status' {
            break
        }
        'taoctl;weights;help;help' {
            break
        }
        'taoctl;wt;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set weights directly (subnets with commit-reveal off), signed by the hotkey')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Commit a hash of the weights (commit-reveal on) and record the salt in the journal')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal committed weights from the journal; never waits for a window')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Journal entries with their state (committed, due, revealed, expired) checked against the chain''s commits, and the hotkey''s current on-chain weights')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;wt;help;set' {
            break
        }
        'taoctl;wt;help;commit' {
            break
        }
        'taoctl;wt;help;reveal' {
            break
        }
        'taoctl;wt;help;status' {
            break
        }
        'taoctl;wt;help;help' {
            break
        }
        'taoctl;hparams' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Every hyperparameter of a subnet: value, unit, default, who may set it, what it does')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one hyperparameter (subnet owner, or the sudo key for root-only ones)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;sudo' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Every hyperparameter of a subnet: value, unit, default, who may set it, what it does')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one hyperparameter (subnet owner, or the sudo key for root-only ones)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;hparams;get' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Show only this parameter (snake_case name, as listed)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;sudo;get' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Show only this parameter (snake_case name, as listed)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;hparams;set' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Parameter name (snake_case, as `hparams get` lists it)')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'New value: an integer, or true/false for switches')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--sudo', '--sudo', [CompletionResultType]::ParameterName, 'Sign as the chain''s sudo key (root-only parameters; embedded chain: //Alice in the dev and demo presets) instead of the wallet''s coldkey')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the call and checks without signing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;sudo;set' {
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Subnet id')
            [CompletionResult]::new('--param', '--param', [CompletionResultType]::ParameterName, 'Parameter name (snake_case, as `hparams get` lists it)')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'New value: an integer, or true/false for switches')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--sudo', '--sudo', [CompletionResultType]::ParameterName, 'Sign as the chain''s sudo key (root-only parameters; embedded chain: //Alice in the dev and demo presets) instead of the wallet''s coldkey')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the call and checks without signing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;hparams;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Every hyperparameter of a subnet: value, unit, default, who may set it, what it does')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one hyperparameter (subnet owner, or the sudo key for root-only ones)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;hparams;help;get' {
            break
        }
        'taoctl;hparams;help;set' {
            break
        }
        'taoctl;hparams;help;help' {
            break
        }
        'taoctl;sudo;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Every hyperparameter of a subnet: value, unit, default, who may set it, what it does')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one hyperparameter (subnet owner, or the sudo key for root-only ones)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;sudo;help;get' {
            break
        }
        'taoctl;sudo;help;set' {
            break
        }
        'taoctl;sudo;help;help' {
            break
        }
        'taoctl;monitor' {
            [CompletionResult]::new('--speed', '--speed', [CompletionResultType]::ParameterName, 'Embedded chain: produce N blocks per second (0 = only follow what other processes write)')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Open this subnet''s drill-down at start')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between polls when following')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--demo-data', '--demo-data', [CompletionResultType]::ParameterName, 'Show synthetic data (256 subnets) instead of a chain: for screenshots and terminal tests')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;chain' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new embedded chain in --chain-dir from a genesis preset')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the chain head, issuance and subnet count')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Produce empty blocks (running emission and epochs as the chain does)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the embedded chain and create it again from a preset')
            [CompletionResult]::new('faucet', 'faucet', [CompletionResultType]::ParameterValue, 'Mint test TAO to an account (embedded chain only; signed by the dev sudo key)')
            [CompletionResult]::new('blocks', 'blocks', [CompletionResultType]::ParameterValue, 'List block headers (newest last)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List events, filtered by block range, subnet, account or kind')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;chain;init' {
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Genesis preset')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build the preset''s genesis in a scratch directory and show it; --chain-dir is untouched')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;chain;status' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;chain;advance' {
            [CompletionResult]::new('--blocks', '--blocks', [CompletionResultType]::ParameterName, 'Number of blocks to produce')
            [CompletionResult]::new('--to-block', '--to-block', [CompletionResultType]::ParameterName, 'Produce blocks until the head is at block B')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show how many blocks would be produced, and to which block, without producing them')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;chain;reset' {
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Genesis preset')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build the preset''s genesis in a scratch directory and show it; --chain-dir is untouched')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;chain;faucet' {
            [CompletionResult]::new('--ss58', '--ss58', [CompletionResultType]::ParameterName, 'Recipient address [default: the selected wallet''s coldkey]')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'TAO to mint')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the balance the account would have without minting anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;chain;blocks' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First block (inclusive) [default: the last --limit blocks]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last block (inclusive) [default: the head]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many blocks')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;chain;events' {
            [CompletionResult]::new('--from-block', '--from-block', [CompletionResultType]::ParameterName, 'First block (inclusive)')
            [CompletionResult]::new('--to-block', '--to-block', [CompletionResultType]::ParameterName, 'Last block (inclusive)')
            [CompletionResult]::new('--netuid', '--netuid', [CompletionResultType]::ParameterName, 'Only events about this subnet')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only events that mention this address')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only events of this kind (e.g. StakeAdded, NeuronRegistered)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many (the most recent)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--mine', '--mine', [CompletionResultType]::ParameterName, 'Only events that mention the selected wallet''s coldkey')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;chain;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new embedded chain in --chain-dir from a genesis preset')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the chain head, issuance and subnet count')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Produce empty blocks (running emission and epochs as the chain does)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the embedded chain and create it again from a preset')
            [CompletionResult]::new('faucet', 'faucet', [CompletionResultType]::ParameterValue, 'Mint test TAO to an account (embedded chain only; signed by the dev sudo key)')
            [CompletionResult]::new('blocks', 'blocks', [CompletionResultType]::ParameterValue, 'List block headers (newest last)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List events, filtered by block range, subnet, account or kind')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;chain;help;init' {
            break
        }
        'taoctl;chain;help;status' {
            break
        }
        'taoctl;chain;help;advance' {
            break
        }
        'taoctl;chain;help;reset' {
            break
        }
        'taoctl;chain;help;faucet' {
            break
        }
        'taoctl;chain;help;blocks' {
            break
        }
        'taoctl;chain;help;events' {
            break
        }
        'taoctl;chain;help;help' {
            break
        }
        'taoctl;demo' {
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the demo chain and wallet in DIR (default: a temporary directory, removed after)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;config' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value, or every value when no key is given')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a value (falls back to the default)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;config;get' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;config;set' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the key and value and show the result without writing the file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;config;unset' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the result without writing the file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;config;path' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value, or every value when no key is given')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a value (falls back to the default)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;config;help;get' {
            break
        }
        'taoctl;config;help;set' {
            break
        }
        'taoctl;config;help;unset' {
            break
        }
        'taoctl;config;help;path' {
            break
        }
        'taoctl;config;help;help' {
            break
        }
        'taoctl;dev' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('epoch', 'epoch', [CompletionResultType]::ParameterValue, 'Run the Yuma Consensus epoch on `yuma-epoch-vector/v1` or `yuma-epoch-sequence/v1` files')
            [CompletionResult]::new('vectors', 'vectors', [CompletionResultType]::ParameterValue, 'Run the chain''s pool and emission arithmetic on a list of `{"id","input"}` cases and print `[{"id","output"}]`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;dev;epoch' {
            [CompletionResult]::new('--bench', '--bench', [CompletionResultType]::ParameterName, 'Instead of printing outputs, run each epoch N times on the parsed input and print the mean time per epoch (JSON parsing excluded)')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;dev;vectors' {
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;dev;help' {
            [CompletionResult]::new('epoch', 'epoch', [CompletionResultType]::ParameterValue, 'Run the Yuma Consensus epoch on `yuma-epoch-vector/v1` or `yuma-epoch-sequence/v1` files')
            [CompletionResult]::new('vectors', 'vectors', [CompletionResultType]::ParameterValue, 'Run the chain''s pool and emission arithmetic on a list of `{"id","input"}` cases and print `[{"id","output"}]`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;dev;help;epoch' {
            break
        }
        'taoctl;dev;help;vectors' {
            break
        }
        'taoctl;dev;help;help' {
            break
        }
        'taoctl;generate' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Repository root: completions go to DIR/completions, man pages to DIR/man')
            [CompletionResult]::new('--network', '--network', [CompletionResultType]::ParameterName, 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL')
            [CompletionResult]::new('--chain-dir', '--chain-dir', [CompletionResultType]::ParameterName, 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]')
            [CompletionResult]::new('--wallet-path', '--wallet-path', [CompletionResultType]::ParameterName, 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('--wallet', '--wallet', [CompletionResultType]::ParameterName, 'Wallet name [default: `default`]')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--hotkey', '--hotkey', [CompletionResultType]::ParameterName, 'Hotkey name within the wallet [default: `default`]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'On a node, how long a write waits: until its block is `included` (best block, default) or `finalized`. The embedded chain''s blocks are final at once')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (e.g. how long the command took)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;help' {
            [CompletionResult]::new('wallet', 'wallet', [CompletionResultType]::ParameterValue, 'Wallets and keys: create, restore, import/export, sign; balances and transfers')
            [CompletionResult]::new('stake', 'stake', [CompletionResultType]::ParameterValue, 'Stake: add, remove, move, transfer, swap, unstake-all, list — with exact previews; child hotkeys (`child`) and root-dividend claims (`claim-root`, `set-claim`)')
            [CompletionResult]::new('subnets', 'subnets', [CompletionResultType]::ParameterValue, 'Subnets: list, show (metagraph), create, register, start, identity, costs, price')
            [CompletionResult]::new('weights', 'weights', [CompletionResultType]::ParameterValue, 'Validator weights: set, commit, reveal (from a local commit journal), status')
            [CompletionResult]::new('hparams', 'hparams', [CompletionResultType]::ParameterValue, 'Subnet hyperparameters: values, units, defaults, who may set them')
            [CompletionResult]::new('monitor', 'monitor', [CompletionResultType]::ParameterValue, 'Full-screen live monitor of subnets, prices, emissions, metagraphs and your positions')
            [CompletionResult]::new('chain', 'chain', [CompletionResultType]::ParameterValue, 'Drive the embedded chain: create it, inspect it, move time forward')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'A narrated tour on a fresh, private embedded chain: wallet, faucet, subnet, registration, a stake with its preview, an epoch, emissions')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change taoctl''s configuration file')
            [CompletionResult]::new('dev', 'dev', [CompletionResultType]::ParameterValue, 'Developer tools: run the chain''s consensus and pool arithmetic on vector files')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Regenerate shell completions and man pages (maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'taoctl;help;wallet' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a wallet: a new coldkey and a new hotkey (-H, default `default`)')
            [CompletionResult]::new('new-coldkey', 'new-coldkey', [CompletionResultType]::ParameterValue, 'Create a new coldkey in a wallet')
            [CompletionResult]::new('new-hotkey', 'new-hotkey', [CompletionResultType]::ParameterValue, 'Create a new hotkey (-H) in a wallet. Hotkeys are written unencrypted, as miners and validators load them without a prompt')
            [CompletionResult]::new('regen-coldkey', 'regen-coldkey', [CompletionResultType]::ParameterValue, 'Restore an existing coldkey from its mnemonic, seed, private key, polkadot-js JSON or a development URI. This recovers a key you already have; it does not make a new one')
            [CompletionResult]::new('regen-hotkey', 'regen-hotkey', [CompletionResultType]::ParameterValue, 'Restore an existing hotkey (-H) from its mnemonic, seed, private key, JSON or URI')
            [CompletionResult]::new('regen-coldkeypub', 'regen-coldkeypub', [CompletionResultType]::ParameterValue, 'Write a watch-only coldkeypub.txt from an address or public key (no secret on the box)')
            [CompletionResult]::new('regen-hotkeypub', 'regen-hotkeypub', [CompletionResultType]::ParameterValue, 'Write a watch-only hotkey pub file (-H) from an address or public key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List wallets and hotkeys with addresses and each key file''s format (no password needed)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one wallet: coldkey, hotkeys, formats, files and addresses (no password needed)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the coldkey (or a hotkey) to another format')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a btcli wallet directory or a polkadot-js JSON file into wallet -w')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Re-encrypt the coldkey in place in another format (atomic; same password unless --change-password)')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'Change the coldkey''s (or a hotkey''s) password, keeping its format (atomic)')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a message with the coldkey (or the hotkey with --use-hotkey); prints the signature')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a signature (over the raw message or over `<Bytes>message</Bytes>`)')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Free balance and stake value of the wallet''s coldkey, of every wallet, or of any address')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Send TAO from the wallet''s coldkey. Keeps the account alive unless --allow-death')
            [CompletionResult]::new('overview', 'overview', [CompletionResultType]::ParameterValue, 'Every hotkey of the wallet: registrations per subnet with uid, stake, emission, immunity')
            break
        }
        'taoctl;help;wallet;create' {
            break
        }
        'taoctl;help;wallet;new-coldkey' {
            break
        }
        'taoctl;help;wallet;new-hotkey' {
            break
        }
        'taoctl;help;wallet;regen-coldkey' {
            break
        }
        'taoctl;help;wallet;regen-hotkey' {
            break
        }
        'taoctl;help;wallet;regen-coldkeypub' {
            break
        }
        'taoctl;help;wallet;regen-hotkeypub' {
            break
        }
        'taoctl;help;wallet;list' {
            break
        }
        'taoctl;help;wallet;show' {
            break
        }
        'taoctl;help;wallet;export' {
            break
        }
        'taoctl;help;wallet;import' {
            break
        }
        'taoctl;help;wallet;convert' {
            break
        }
        'taoctl;help;wallet;change-password' {
            break
        }
        'taoctl;help;wallet;sign' {
            break
        }
        'taoctl;help;wallet;verify' {
            break
        }
        'taoctl;help;wallet;balance' {
            break
        }
        'taoctl;help;wallet;transfer' {
            break
        }
        'taoctl;help;wallet;overview' {
            break
        }
        'taoctl;help;stake' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Stake TAO on a hotkey in one or more subnets (amount in TAO, per hotkey and subnet).')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Unstake alpha from a hotkey in one or more subnets (amount in alpha), receiving TAO.')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move stake between your hotkeys and/or subnets (same coldkey; amount in alpha).')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Transfer stake to another coldkey (it stays on the same hotkey; amount in alpha).')
            [CompletionResult]::new('swap', 'swap', [CompletionResultType]::ParameterValue, 'Swap stake between subnets on the same hotkey (amount in alpha of the origin subnet).')
            [CompletionResult]::new('unstake-all', 'unstake-all', [CompletionResultType]::ParameterValue, 'Unstake everything from a hotkey on every subnet (`unstake_all`), or with --alpha-only every non-root subnet and restake the TAO on root (`unstake_all_alpha`).')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Stake positions of a coldkey: alpha, value at the spot price and at exit after slippage.')
            [CompletionResult]::new('child', 'child', [CompletionResultType]::ParameterValue, 'Child hotkeys: lend a share of a hotkey''s stake weight on a subnet to other hotkeys (they validate with it; the parent earns its share of their dividends, minus their childkey take)')
            [CompletionResult]::new('claim-root', 'claim-root', [CompletionResultType]::ParameterValue, 'Claim the root dividends your root stake has earned on subnets (`claim_root`).')
            [CompletionResult]::new('set-claim', 'set-claim', [CompletionResultType]::ParameterValue, 'Choose how root dividends are claimed (`set_root_claim_type`): swap (sell the alpha and add the TAO to your root stake, the default), keep (stake the alpha on its subnet), or keep-subnets (keep on --netuids, swap elsewhere).')
            break
        }
        'taoctl;help;stake;add' {
            break
        }
        'taoctl;help;stake;remove' {
            break
        }
        'taoctl;help;stake;move' {
            break
        }
        'taoctl;help;stake;transfer' {
            break
        }
        'taoctl;help;stake;swap' {
            break
        }
        'taoctl;help;stake;unstake-all' {
            break
        }
        'taoctl;help;stake;list' {
            break
        }
        'taoctl;help;stake;child' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A hotkey''s children, parents, pending change and childkey take on a subnet.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a hotkey''s children on a subnet (replaces the list). On a started subnet the change is scheduled and applies at the first epoch after a cooldown (7200 blocks by default).')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Remove all of a hotkey''s children on a subnet (scheduled like `set`).')
            [CompletionResult]::new('take', 'take', [CompletionResultType]::ParameterValue, 'Show or set a hotkey''s childkey take on a subnet: the share of its parents'' dividends it keeps (0–18 %; raising it is allowed once per 216 000 blocks).')
            [CompletionResult]::new('auto-parent', 'auto-parent', [CompletionResultType]::ParameterValue, 'Show or set whether a root validator hotkey is made a parent (100 %) of each new subnet''s owner hotkey (`set_auto_parent_delegation_enabled`; on by default). Applies to subnets registered later, not to existing relations (revoke those with `child revoke`).')
            break
        }
        'taoctl;help;stake;child;get' {
            break
        }
        'taoctl;help;stake;child;set' {
            break
        }
        'taoctl;help;stake;child;revoke' {
            break
        }
        'taoctl;help;stake;child;take' {
            break
        }
        'taoctl;help;stake;child;auto-parent' {
            break
        }
        'taoctl;help;stake;claim-root' {
            break
        }
        'taoctl;help;stake;set-claim' {
            break
        }
        'taoctl;help;subnets' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every subnet: price, moving price, emission share, pool reserves, market cap, tempo countdown and registration (burn) cost.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One subnet''s header and metagraph (uid, hotkey, coldkey, stake, permit, incentive, dividends, emission, last update, immunity).')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a subnet: shows the lock cost first, then registers it with your hotkey as owner.')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the wallet''s hotkey as a neuron on a subnet (burned registration).')
            [CompletionResult]::new('burn-cost', 'burn-cost', [CompletionResultType]::ParameterValue, 'The current neuron registration (burn) cost of a subnet.')
            [CompletionResult]::new('create-cost', 'create-cost', [CompletionResultType]::ParameterValue, 'The current subnet creation (lock) cost.')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Start emission on a subnet you own (`start_call`).')
            [CompletionResult]::new('set-identity', 'set-identity', [CompletionResultType]::ParameterValue, 'Set the identity of a subnet you own (fields left out are cleared).')
            [CompletionResult]::new('price', 'price', [CompletionResultType]::ParameterValue, 'Price history from the trades stored on the embedded chain: per block range, the trades, TAO volume, volume-weighted and last trade price; plus the current spot price.')
            break
        }
        'taoctl;help;subnets;list' {
            break
        }
        'taoctl;help;subnets;show' {
            break
        }
        'taoctl;help;subnets;create' {
            break
        }
        'taoctl;help;subnets;register' {
            break
        }
        'taoctl;help;subnets;burn-cost' {
            break
        }
        'taoctl;help;subnets;create-cost' {
            break
        }
        'taoctl;help;subnets;start' {
            break
        }
        'taoctl;help;subnets;set-identity' {
            break
        }
        'taoctl;help;subnets;price' {
            break
        }
        'taoctl;help;weights' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set weights directly (subnets with commit-reveal off), signed by the hotkey')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Commit a hash of the weights (commit-reveal on) and record the salt in the journal')
            [CompletionResult]::new('reveal', 'reveal', [CompletionResultType]::ParameterValue, 'Reveal committed weights from the journal; never waits for a window')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Journal entries with their state (committed, due, revealed, expired) checked against the chain''s commits, and the hotkey''s current on-chain weights')
            break
        }
        'taoctl;help;weights;set' {
            break
        }
        'taoctl;help;weights;commit' {
            break
        }
        'taoctl;help;weights;reveal' {
            break
        }
        'taoctl;help;weights;status' {
            break
        }
        'taoctl;help;hparams' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Every hyperparameter of a subnet: value, unit, default, who may set it, what it does')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one hyperparameter (subnet owner, or the sudo key for root-only ones)')
            break
        }
        'taoctl;help;hparams;get' {
            break
        }
        'taoctl;help;hparams;set' {
            break
        }
        'taoctl;help;monitor' {
            break
        }
        'taoctl;help;chain' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new embedded chain in --chain-dir from a genesis preset')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the chain head, issuance and subnet count')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Produce empty blocks (running emission and epochs as the chain does)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete the embedded chain and create it again from a preset')
            [CompletionResult]::new('faucet', 'faucet', [CompletionResultType]::ParameterValue, 'Mint test TAO to an account (embedded chain only; signed by the dev sudo key)')
            [CompletionResult]::new('blocks', 'blocks', [CompletionResultType]::ParameterValue, 'List block headers (newest last)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List events, filtered by block range, subnet, account or kind')
            break
        }
        'taoctl;help;chain;init' {
            break
        }
        'taoctl;help;chain;status' {
            break
        }
        'taoctl;help;chain;advance' {
            break
        }
        'taoctl;help;chain;reset' {
            break
        }
        'taoctl;help;chain;faucet' {
            break
        }
        'taoctl;help;chain;blocks' {
            break
        }
        'taoctl;help;chain;events' {
            break
        }
        'taoctl;help;demo' {
            break
        }
        'taoctl;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value, or every value when no key is given')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a value')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a value (falls back to the default)')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use')
            break
        }
        'taoctl;help;config;get' {
            break
        }
        'taoctl;help;config;set' {
            break
        }
        'taoctl;help;config;unset' {
            break
        }
        'taoctl;help;config;path' {
            break
        }
        'taoctl;help;dev' {
            [CompletionResult]::new('epoch', 'epoch', [CompletionResultType]::ParameterValue, 'Run the Yuma Consensus epoch on `yuma-epoch-vector/v1` or `yuma-epoch-sequence/v1` files')
            [CompletionResult]::new('vectors', 'vectors', [CompletionResultType]::ParameterValue, 'Run the chain''s pool and emission arithmetic on a list of `{"id","input"}` cases and print `[{"id","output"}]`')
            break
        }
        'taoctl;help;dev;epoch' {
            break
        }
        'taoctl;help;dev;vectors' {
            break
        }
        'taoctl;help;generate' {
            break
        }
        'taoctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
