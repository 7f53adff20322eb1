
use builtin;
use str;

set edit:completion:arg-completer[taoctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'taoctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'taoctl'= {
            cand --network 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL'
            cand --chain-dir 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]'
            cand --wallet-path 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]'
            cand -w 'Wallet name [default: `default`]'
            cand --wallet 'Wallet name [default: `default`]'
            cand -H 'Hotkey name within the wallet [default: `default`]'
            cand --hotkey 'Hotkey name within the wallet [default: `default`]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]'
            cand --password-file 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)'
            cand --json 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
            cand -y 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand --yes 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand -q 'Less prose on stderr'
            cand --quiet 'Less prose on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand config 'Read and change taoctl''s configuration file'
            cand generate 'Regenerate shell completions and man pages (maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'taoctl;config'= {
            cand --network 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL'
            cand --chain-dir 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]'
            cand --wallet-path 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]'
            cand -w 'Wallet name [default: `default`]'
            cand --wallet 'Wallet name [default: `default`]'
            cand -H 'Hotkey name within the wallet [default: `default`]'
            cand --hotkey 'Hotkey name within the wallet [default: `default`]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]'
            cand --password-file 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)'
            cand --json 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
            cand -y 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand --yes 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand -q 'Less prose on stderr'
            cand --quiet 'Less prose on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Print one value, or every value when no key is given'
            cand set 'Set a value'
            cand unset 'Remove a value (falls back to the default)'
            cand path 'Print the path of the config file in use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'taoctl;config;get'= {
            cand --network 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL'
            cand --chain-dir 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]'
            cand --wallet-path 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]'
            cand -w 'Wallet name [default: `default`]'
            cand --wallet 'Wallet name [default: `default`]'
            cand -H 'Hotkey name within the wallet [default: `default`]'
            cand --hotkey 'Hotkey name within the wallet [default: `default`]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]'
            cand --password-file 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)'
            cand --json 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
            cand -y 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand --yes 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand -q 'Less prose on stderr'
            cand --quiet 'Less prose on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'taoctl;config;set'= {
            cand --network 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL'
            cand --chain-dir 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]'
            cand --wallet-path 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]'
            cand -w 'Wallet name [default: `default`]'
            cand --wallet 'Wallet name [default: `default`]'
            cand -H 'Hotkey name within the wallet [default: `default`]'
            cand --hotkey 'Hotkey name within the wallet [default: `default`]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]'
            cand --password-file 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)'
            cand --json 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
            cand -y 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand --yes 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand -q 'Less prose on stderr'
            cand --quiet 'Less prose on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'taoctl;config;unset'= {
            cand --network 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL'
            cand --chain-dir 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]'
            cand --wallet-path 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]'
            cand -w 'Wallet name [default: `default`]'
            cand --wallet 'Wallet name [default: `default`]'
            cand -H 'Hotkey name within the wallet [default: `default`]'
            cand --hotkey 'Hotkey name within the wallet [default: `default`]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]'
            cand --password-file 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)'
            cand --json 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
            cand -y 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand --yes 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand -q 'Less prose on stderr'
            cand --quiet 'Less prose on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'taoctl;config;path'= {
            cand --network 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL'
            cand --chain-dir 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]'
            cand --wallet-path 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]'
            cand -w 'Wallet name [default: `default`]'
            cand --wallet 'Wallet name [default: `default`]'
            cand -H 'Hotkey name within the wallet [default: `default`]'
            cand --hotkey 'Hotkey name within the wallet [default: `default`]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]'
            cand --password-file 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)'
            cand --json 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
            cand -y 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand --yes 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand -q 'Less prose on stderr'
            cand --quiet 'Less prose on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'taoctl;config;help'= {
            cand get 'Print one value, or every value when no key is given'
            cand set 'Set a value'
            cand unset 'Remove a value (falls back to the default)'
            cand path 'Print the path of the config file in use'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'taoctl;config;help;get'= {
        }
        &'taoctl;config;help;set'= {
        }
        &'taoctl;config;help;unset'= {
        }
        &'taoctl;config;help;path'= {
        }
        &'taoctl;config;help;help'= {
        }
        &'taoctl;generate'= {
            cand --out-dir 'Repository root: completions go to DIR/completions, man pages to DIR/man'
            cand --network 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL'
            cand --chain-dir 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]'
            cand --wallet-path 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]'
            cand -w 'Wallet name [default: `default`]'
            cand --wallet 'Wallet name [default: `default`]'
            cand -H 'Hotkey name within the wallet [default: `default`]'
            cand --hotkey 'Hotkey name within the wallet [default: `default`]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]'
            cand --password-file 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)'
            cand --json 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
            cand -y 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand --yes 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
            cand -q 'Less prose on stderr'
            cand --quiet 'Less prose on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand --no-color 'Disable colours (also honoured: the NO_COLOR environment variable)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'taoctl;help'= {
            cand config 'Read and change taoctl''s configuration file'
            cand generate 'Regenerate shell completions and man pages (maintainers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'taoctl;help;config'= {
            cand get 'Print one value, or every value when no key is given'
            cand set 'Set a value'
            cand unset 'Remove a value (falls back to the default)'
            cand path 'Print the path of the config file in use'
        }
        &'taoctl;help;config;get'= {
        }
        &'taoctl;help;config;set'= {
        }
        &'taoctl;help;config;unset'= {
        }
        &'taoctl;help;config;path'= {
        }
        &'taoctl;help;generate'= {
        }
        &'taoctl;help;help'= {
        }
    ]
    $completions[$command]
}
