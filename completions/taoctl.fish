# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_taoctl_global_optspecs
    string join \n network= chain-dir= wallet-path= w/wallet= H/hotkey= json y/yes q/quiet v/verbose config= no-color password-file= h/help V/version
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
complete -c taoctl -n "__fish_taoctl_needs_command" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_needs_command" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_needs_command" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_needs_command" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c taoctl -n "__fish_taoctl_needs_command" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c taoctl -n "__fish_taoctl_needs_command" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "config" -d 'Read and change taoctl\'s configuration file'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "generate" -d 'Regenerate shell completions and man pages (maintainers)'
complete -c taoctl -n "__fish_taoctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and not __fish_seen_subcommand_from get set unset path help" -s h -l help -d 'Print help'
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
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print one value, or every value when no key is given'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a value'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a value (falls back to the default)'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the config file in use'
complete -c taoctl -n "__fish_taoctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l out-dir -d 'Repository root: completions go to DIR/completions, man pages to DIR/man' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l network -d 'Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944), `archive`, or any ws:// / wss:// URL' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l chain-dir -d 'Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l wallet-path -d 'Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from BT_WALLET_PATH]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s w -l wallet -d 'Wallet name [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s H -l hotkey -d 'Hotkey name within the wallet [default: `default`]' -r
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l config -d 'Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml]' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l password-file -d 'Read the key password from the first line of FILE instead of prompting. (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)' -r -F
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l json -d 'Print one JSON envelope on stdout instead of tables (prose still goes to stderr)'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s y -l yes -d 'Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s q -l quiet -d 'Less prose on stderr'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -l no-color -d 'Disable colours (also honoured: the NO_COLOR environment variable)'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s h -l help -d 'Print help'
complete -c taoctl -n "__fish_taoctl_using_subcommand generate" -s V -l version -d 'Print version'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from config generate help" -f -a "config" -d 'Read and change taoctl\'s configuration file'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from config generate help" -f -a "generate" -d 'Regenerate shell completions and man pages (maintainers)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and not __fish_seen_subcommand_from config generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print one value, or every value when no key is given'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Set a value'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a value (falls back to the default)'
complete -c taoctl -n "__fish_taoctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the config file in use'
