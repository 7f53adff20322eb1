
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change taoctl''s configuration file')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Regenerate shell completions and man pages (maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
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
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Less prose on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Disable colours (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'taoctl;help' {
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Read and change taoctl''s configuration file')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Regenerate shell completions and man pages (maintainers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
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
