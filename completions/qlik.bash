_qlik() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="qlik"
                ;;
            qlik,api)
                cmd="qlik__subcmd__raw"
                ;;
            qlik,auth)
                cmd="qlik__subcmd__auth"
                ;;
            qlik,completion)
                cmd="qlik__subcmd__completion"
                ;;
            qlik,context)
                cmd="qlik__subcmd__profile"
                ;;
            qlik,emulator)
                cmd="qlik__subcmd__emulator"
                ;;
            qlik,help)
                cmd="qlik__subcmd__help"
                ;;
            qlik,item)
                cmd="qlik__subcmd__item"
                ;;
            qlik,profile)
                cmd="qlik__subcmd__profile"
                ;;
            qlik,raw)
                cmd="qlik__subcmd__raw"
                ;;
            qlik,whoami)
                cmd="qlik__subcmd__whoami"
                ;;
            qlik__subcmd__auth,help)
                cmd="qlik__subcmd__auth__subcmd__help"
                ;;
            qlik__subcmd__auth,logout)
                cmd="qlik__subcmd__auth__subcmd__logout"
                ;;
            qlik__subcmd__auth,status)
                cmd="qlik__subcmd__auth__subcmd__status"
                ;;
            qlik__subcmd__auth,whoami)
                cmd="qlik__subcmd__auth__subcmd__status"
                ;;
            qlik__subcmd__auth__subcmd__help,help)
                cmd="qlik__subcmd__auth__subcmd__help__subcmd__help"
                ;;
            qlik__subcmd__auth__subcmd__help,logout)
                cmd="qlik__subcmd__auth__subcmd__help__subcmd__logout"
                ;;
            qlik__subcmd__auth__subcmd__help,status)
                cmd="qlik__subcmd__auth__subcmd__help__subcmd__status"
                ;;
            qlik__subcmd__emulator,exec)
                cmd="qlik__subcmd__emulator__subcmd__exec"
                ;;
            qlik__subcmd__emulator,help)
                cmd="qlik__subcmd__emulator__subcmd__help"
                ;;
            qlik__subcmd__emulator,start)
                cmd="qlik__subcmd__emulator__subcmd__start"
                ;;
            qlik__subcmd__emulator__subcmd__help,exec)
                cmd="qlik__subcmd__emulator__subcmd__help__subcmd__exec"
                ;;
            qlik__subcmd__emulator__subcmd__help,help)
                cmd="qlik__subcmd__emulator__subcmd__help__subcmd__help"
                ;;
            qlik__subcmd__emulator__subcmd__help,start)
                cmd="qlik__subcmd__emulator__subcmd__help__subcmd__start"
                ;;
            qlik__subcmd__help,auth)
                cmd="qlik__subcmd__help__subcmd__auth"
                ;;
            qlik__subcmd__help,completion)
                cmd="qlik__subcmd__help__subcmd__completion"
                ;;
            qlik__subcmd__help,emulator)
                cmd="qlik__subcmd__help__subcmd__emulator"
                ;;
            qlik__subcmd__help,help)
                cmd="qlik__subcmd__help__subcmd__help"
                ;;
            qlik__subcmd__help,item)
                cmd="qlik__subcmd__help__subcmd__item"
                ;;
            qlik__subcmd__help,profile)
                cmd="qlik__subcmd__help__subcmd__profile"
                ;;
            qlik__subcmd__help,raw)
                cmd="qlik__subcmd__help__subcmd__raw"
                ;;
            qlik__subcmd__help,whoami)
                cmd="qlik__subcmd__help__subcmd__whoami"
                ;;
            qlik__subcmd__help__subcmd__auth,logout)
                cmd="qlik__subcmd__help__subcmd__auth__subcmd__logout"
                ;;
            qlik__subcmd__help__subcmd__auth,status)
                cmd="qlik__subcmd__help__subcmd__auth__subcmd__status"
                ;;
            qlik__subcmd__help__subcmd__emulator,exec)
                cmd="qlik__subcmd__help__subcmd__emulator__subcmd__exec"
                ;;
            qlik__subcmd__help__subcmd__emulator,start)
                cmd="qlik__subcmd__help__subcmd__emulator__subcmd__start"
                ;;
            qlik__subcmd__help__subcmd__item,collections)
                cmd="qlik__subcmd__help__subcmd__item__subcmd__collections"
                ;;
            qlik__subcmd__help__subcmd__item,edit)
                cmd="qlik__subcmd__help__subcmd__item__subcmd__edit"
                ;;
            qlik__subcmd__help__subcmd__item,get)
                cmd="qlik__subcmd__help__subcmd__item__subcmd__get"
                ;;
            qlik__subcmd__help__subcmd__item,ls)
                cmd="qlik__subcmd__help__subcmd__item__subcmd__ls"
                ;;
            qlik__subcmd__help__subcmd__item,publisheditems)
                cmd="qlik__subcmd__help__subcmd__item__subcmd__publisheditems"
                ;;
            qlik__subcmd__help__subcmd__item,rm)
                cmd="qlik__subcmd__help__subcmd__item__subcmd__rm"
                ;;
            qlik__subcmd__help__subcmd__item,settings)
                cmd="qlik__subcmd__help__subcmd__item__subcmd__settings"
                ;;
            qlik__subcmd__help__subcmd__item,update)
                cmd="qlik__subcmd__help__subcmd__item__subcmd__update"
                ;;
            qlik__subcmd__help__subcmd__item__subcmd__settings,ls)
                cmd="qlik__subcmd__help__subcmd__item__subcmd__settings__subcmd__ls"
                ;;
            qlik__subcmd__help__subcmd__item__subcmd__settings,patch)
                cmd="qlik__subcmd__help__subcmd__item__subcmd__settings__subcmd__patch"
                ;;
            qlik__subcmd__help__subcmd__profile,add)
                cmd="qlik__subcmd__help__subcmd__profile__subcmd__add"
                ;;
            qlik__subcmd__help__subcmd__profile,clear)
                cmd="qlik__subcmd__help__subcmd__profile__subcmd__clear"
                ;;
            qlik__subcmd__help__subcmd__profile,current)
                cmd="qlik__subcmd__help__subcmd__profile__subcmd__current"
                ;;
            qlik__subcmd__help__subcmd__profile,import)
                cmd="qlik__subcmd__help__subcmd__profile__subcmd__import"
                ;;
            qlik__subcmd__help__subcmd__profile,ls)
                cmd="qlik__subcmd__help__subcmd__profile__subcmd__ls"
                ;;
            qlik__subcmd__help__subcmd__profile,rename)
                cmd="qlik__subcmd__help__subcmd__profile__subcmd__rename"
                ;;
            qlik__subcmd__help__subcmd__profile,rm)
                cmd="qlik__subcmd__help__subcmd__profile__subcmd__rm"
                ;;
            qlik__subcmd__help__subcmd__profile,show)
                cmd="qlik__subcmd__help__subcmd__profile__subcmd__show"
                ;;
            qlik__subcmd__help__subcmd__profile,update)
                cmd="qlik__subcmd__help__subcmd__profile__subcmd__update"
                ;;
            qlik__subcmd__help__subcmd__profile,use)
                cmd="qlik__subcmd__help__subcmd__profile__subcmd__use"
                ;;
            qlik__subcmd__help__subcmd__raw,delete)
                cmd="qlik__subcmd__help__subcmd__raw__subcmd__delete"
                ;;
            qlik__subcmd__help__subcmd__raw,get)
                cmd="qlik__subcmd__help__subcmd__raw__subcmd__get"
                ;;
            qlik__subcmd__help__subcmd__raw,patch)
                cmd="qlik__subcmd__help__subcmd__raw__subcmd__patch"
                ;;
            qlik__subcmd__help__subcmd__raw,post)
                cmd="qlik__subcmd__help__subcmd__raw__subcmd__post"
                ;;
            qlik__subcmd__help__subcmd__raw,put)
                cmd="qlik__subcmd__help__subcmd__raw__subcmd__put"
                ;;
            qlik__subcmd__item,collections)
                cmd="qlik__subcmd__item__subcmd__collections"
                ;;
            qlik__subcmd__item,delete)
                cmd="qlik__subcmd__item__subcmd__rm"
                ;;
            qlik__subcmd__item,edit)
                cmd="qlik__subcmd__item__subcmd__edit"
                ;;
            qlik__subcmd__item,get)
                cmd="qlik__subcmd__item__subcmd__get"
                ;;
            qlik__subcmd__item,help)
                cmd="qlik__subcmd__item__subcmd__help"
                ;;
            qlik__subcmd__item,list)
                cmd="qlik__subcmd__item__subcmd__ls"
                ;;
            qlik__subcmd__item,ls)
                cmd="qlik__subcmd__item__subcmd__ls"
                ;;
            qlik__subcmd__item,publisheditems)
                cmd="qlik__subcmd__item__subcmd__publisheditems"
                ;;
            qlik__subcmd__item,rm)
                cmd="qlik__subcmd__item__subcmd__rm"
                ;;
            qlik__subcmd__item,settings)
                cmd="qlik__subcmd__item__subcmd__settings"
                ;;
            qlik__subcmd__item,update)
                cmd="qlik__subcmd__item__subcmd__update"
                ;;
            qlik__subcmd__item__subcmd__help,collections)
                cmd="qlik__subcmd__item__subcmd__help__subcmd__collections"
                ;;
            qlik__subcmd__item__subcmd__help,edit)
                cmd="qlik__subcmd__item__subcmd__help__subcmd__edit"
                ;;
            qlik__subcmd__item__subcmd__help,get)
                cmd="qlik__subcmd__item__subcmd__help__subcmd__get"
                ;;
            qlik__subcmd__item__subcmd__help,help)
                cmd="qlik__subcmd__item__subcmd__help__subcmd__help"
                ;;
            qlik__subcmd__item__subcmd__help,ls)
                cmd="qlik__subcmd__item__subcmd__help__subcmd__ls"
                ;;
            qlik__subcmd__item__subcmd__help,publisheditems)
                cmd="qlik__subcmd__item__subcmd__help__subcmd__publisheditems"
                ;;
            qlik__subcmd__item__subcmd__help,rm)
                cmd="qlik__subcmd__item__subcmd__help__subcmd__rm"
                ;;
            qlik__subcmd__item__subcmd__help,settings)
                cmd="qlik__subcmd__item__subcmd__help__subcmd__settings"
                ;;
            qlik__subcmd__item__subcmd__help,update)
                cmd="qlik__subcmd__item__subcmd__help__subcmd__update"
                ;;
            qlik__subcmd__item__subcmd__help__subcmd__settings,ls)
                cmd="qlik__subcmd__item__subcmd__help__subcmd__settings__subcmd__ls"
                ;;
            qlik__subcmd__item__subcmd__help__subcmd__settings,patch)
                cmd="qlik__subcmd__item__subcmd__help__subcmd__settings__subcmd__patch"
                ;;
            qlik__subcmd__item__subcmd__settings,help)
                cmd="qlik__subcmd__item__subcmd__settings__subcmd__help"
                ;;
            qlik__subcmd__item__subcmd__settings,list)
                cmd="qlik__subcmd__item__subcmd__settings__subcmd__ls"
                ;;
            qlik__subcmd__item__subcmd__settings,ls)
                cmd="qlik__subcmd__item__subcmd__settings__subcmd__ls"
                ;;
            qlik__subcmd__item__subcmd__settings,patch)
                cmd="qlik__subcmd__item__subcmd__settings__subcmd__patch"
                ;;
            qlik__subcmd__item__subcmd__settings__subcmd__help,help)
                cmd="qlik__subcmd__item__subcmd__settings__subcmd__help__subcmd__help"
                ;;
            qlik__subcmd__item__subcmd__settings__subcmd__help,ls)
                cmd="qlik__subcmd__item__subcmd__settings__subcmd__help__subcmd__ls"
                ;;
            qlik__subcmd__item__subcmd__settings__subcmd__help,patch)
                cmd="qlik__subcmd__item__subcmd__settings__subcmd__help__subcmd__patch"
                ;;
            qlik__subcmd__profile,add)
                cmd="qlik__subcmd__profile__subcmd__add"
                ;;
            qlik__subcmd__profile,clear)
                cmd="qlik__subcmd__profile__subcmd__clear"
                ;;
            qlik__subcmd__profile,create)
                cmd="qlik__subcmd__profile__subcmd__add"
                ;;
            qlik__subcmd__profile,current)
                cmd="qlik__subcmd__profile__subcmd__current"
                ;;
            qlik__subcmd__profile,get)
                cmd="qlik__subcmd__profile__subcmd__show"
                ;;
            qlik__subcmd__profile,help)
                cmd="qlik__subcmd__profile__subcmd__help"
                ;;
            qlik__subcmd__profile,import)
                cmd="qlik__subcmd__profile__subcmd__import"
                ;;
            qlik__subcmd__profile,list)
                cmd="qlik__subcmd__profile__subcmd__ls"
                ;;
            qlik__subcmd__profile,ls)
                cmd="qlik__subcmd__profile__subcmd__ls"
                ;;
            qlik__subcmd__profile,remove)
                cmd="qlik__subcmd__profile__subcmd__rm"
                ;;
            qlik__subcmd__profile,rename)
                cmd="qlik__subcmd__profile__subcmd__rename"
                ;;
            qlik__subcmd__profile,rm)
                cmd="qlik__subcmd__profile__subcmd__rm"
                ;;
            qlik__subcmd__profile,show)
                cmd="qlik__subcmd__profile__subcmd__show"
                ;;
            qlik__subcmd__profile,update)
                cmd="qlik__subcmd__profile__subcmd__update"
                ;;
            qlik__subcmd__profile,use)
                cmd="qlik__subcmd__profile__subcmd__use"
                ;;
            qlik__subcmd__profile__subcmd__help,add)
                cmd="qlik__subcmd__profile__subcmd__help__subcmd__add"
                ;;
            qlik__subcmd__profile__subcmd__help,clear)
                cmd="qlik__subcmd__profile__subcmd__help__subcmd__clear"
                ;;
            qlik__subcmd__profile__subcmd__help,current)
                cmd="qlik__subcmd__profile__subcmd__help__subcmd__current"
                ;;
            qlik__subcmd__profile__subcmd__help,help)
                cmd="qlik__subcmd__profile__subcmd__help__subcmd__help"
                ;;
            qlik__subcmd__profile__subcmd__help,import)
                cmd="qlik__subcmd__profile__subcmd__help__subcmd__import"
                ;;
            qlik__subcmd__profile__subcmd__help,ls)
                cmd="qlik__subcmd__profile__subcmd__help__subcmd__ls"
                ;;
            qlik__subcmd__profile__subcmd__help,rename)
                cmd="qlik__subcmd__profile__subcmd__help__subcmd__rename"
                ;;
            qlik__subcmd__profile__subcmd__help,rm)
                cmd="qlik__subcmd__profile__subcmd__help__subcmd__rm"
                ;;
            qlik__subcmd__profile__subcmd__help,show)
                cmd="qlik__subcmd__profile__subcmd__help__subcmd__show"
                ;;
            qlik__subcmd__profile__subcmd__help,update)
                cmd="qlik__subcmd__profile__subcmd__help__subcmd__update"
                ;;
            qlik__subcmd__profile__subcmd__help,use)
                cmd="qlik__subcmd__profile__subcmd__help__subcmd__use"
                ;;
            qlik__subcmd__raw,delete)
                cmd="qlik__subcmd__raw__subcmd__delete"
                ;;
            qlik__subcmd__raw,get)
                cmd="qlik__subcmd__raw__subcmd__get"
                ;;
            qlik__subcmd__raw,help)
                cmd="qlik__subcmd__raw__subcmd__help"
                ;;
            qlik__subcmd__raw,patch)
                cmd="qlik__subcmd__raw__subcmd__patch"
                ;;
            qlik__subcmd__raw,post)
                cmd="qlik__subcmd__raw__subcmd__post"
                ;;
            qlik__subcmd__raw,put)
                cmd="qlik__subcmd__raw__subcmd__put"
                ;;
            qlik__subcmd__raw__subcmd__help,delete)
                cmd="qlik__subcmd__raw__subcmd__help__subcmd__delete"
                ;;
            qlik__subcmd__raw__subcmd__help,get)
                cmd="qlik__subcmd__raw__subcmd__help__subcmd__get"
                ;;
            qlik__subcmd__raw__subcmd__help,help)
                cmd="qlik__subcmd__raw__subcmd__help__subcmd__help"
                ;;
            qlik__subcmd__raw__subcmd__help,patch)
                cmd="qlik__subcmd__raw__subcmd__help__subcmd__patch"
                ;;
            qlik__subcmd__raw__subcmd__help,post)
                cmd="qlik__subcmd__raw__subcmd__help__subcmd__post"
                ;;
            qlik__subcmd__raw__subcmd__help,put)
                cmd="qlik__subcmd__raw__subcmd__help__subcmd__put"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        qlik)
            opts="-s -o -v -h -V --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help --version item raw api profile context auth whoami emulator completion help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__auth)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help status whoami logout help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__auth__subcmd__help)
            opts="status logout help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__auth__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__auth__subcmd__help__subcmd__logout)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__auth__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__auth__subcmd__logout)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__auth__subcmd__status)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__completion)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__emulator)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help start exec help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__emulator__subcmd__exec)
            opts="-s -o -v -h --port --host --api-key --read-only-key --client-id --client-secret --token-ttl-secs --items --seed --data --tier1-per-minute --tier2-per-minute --rate-window-secs --no-rate-headers --latency-ms --jitter-ms --fail-500 --fail-503 --drop --truncate --tls --tls-cert --log --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --read-only-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl-secs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --items)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier1-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-window-secs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --latency-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jitter-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fail-500)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fail-503)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drop)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --truncate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__emulator__subcmd__help)
            opts="start exec help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__emulator__subcmd__help__subcmd__exec)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__emulator__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__emulator__subcmd__help__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__emulator__subcmd__start)
            opts="-s -o -v -h --port --host --api-key --read-only-key --client-id --client-secret --token-ttl-secs --items --seed --data --tier1-per-minute --tier2-per-minute --rate-window-secs --no-rate-headers --latency-ms --jitter-ms --fail-500 --fail-503 --drop --truncate --tls --tls-cert --log --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --read-only-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl-secs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --items)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier1-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-window-secs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --latency-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jitter-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fail-500)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fail-503)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --drop)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --truncate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help)
            opts="item raw profile auth whoami emulator completion help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__auth)
            opts="status logout"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__auth__subcmd__logout)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__auth__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__completion)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__emulator)
            opts="start exec"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__emulator__subcmd__exec)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__emulator__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__item)
            opts="ls get collections publisheditems update edit rm settings"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__item__subcmd__collections)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__item__subcmd__edit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__item__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__item__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__item__subcmd__publisheditems)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__item__subcmd__rm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__item__subcmd__settings)
            opts="ls patch"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__item__subcmd__settings__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__item__subcmd__settings__subcmd__patch)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__item__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__profile)
            opts="add update ls use show rm clear rename import current"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__profile__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__profile__subcmd__clear)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__profile__subcmd__current)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__profile__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__profile__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__profile__subcmd__rename)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__profile__subcmd__rm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__profile__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__profile__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__profile__subcmd__use)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__raw)
            opts="get post put patch delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__raw__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__raw__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__raw__subcmd__patch)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__raw__subcmd__post)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__raw__subcmd__put)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__help__subcmd__whoami)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help ls list get collections publisheditems update edit rm delete settings help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__collections)
            opts="-q -s -o -v -h --name --query --sort --type --limit --all --next --prev --quiet --raw --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort)
                    COMPREPLY=($(compgen -W "+createdAt -createdAt +name -name +updatedAt -updatedAt" -- "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -W "private public publicgoverned" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --next)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prev)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__edit)
            opts="-q -s -o -v -h --format --dryRun --dry-run --quiet --raw --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "yaml json" -- "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__get)
            opts="-q -s -o -v -h --quiet --raw --concurrency --tier1PerMinute --tier1-per-minute --tier2PerMinute --tier2-per-minute --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier1-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier1PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__help)
            opts="ls get collections publisheditems update edit rm settings help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__help__subcmd__collections)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__help__subcmd__edit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__help__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__help__subcmd__publisheditems)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__help__subcmd__rm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__help__subcmd__settings)
            opts="ls patch"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__help__subcmd__settings__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__help__subcmd__settings__subcmd__patch)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__ls)
            opts="-q -s -o -v -h --collection-id --collectionId --created-by-user-id --createdByUserId --id --name --no-actions --noActions --not-created-by-user-id --notCreatedByUserId --not-owner-id --notOwnerId --owner-id --ownerId --query --resource-id --resourceId --resource-ids --resourceIds --resource-link --resourceLink --resource-sub-type --resourceSubType --resource-type --resourceType --shared --sort --space-id --spaceId --space-type --spaceType --limit --all --next --prev --quiet --raw --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --collectionId)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --collection-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --createdByUserId)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --created-by-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --notCreatedByUserId)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --not-created-by-user-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --notOwnerId)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --not-owner-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ownerId)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --owner-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resourceId)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resourceIds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-ids)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resourceLink)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-link)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resourceSubType)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-sub-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resourceType)
                    COMPREPLY=($(compgen -W "app qlikview qvapp genericlink sharingservicetask note dataasset dataset automation automl-experiment automl-deployment assistant dataproduct dataqualityrule glossary knowledgebase script semantictype page" -- "${cur}"))
                    return 0
                    ;;
                --resource-type)
                    COMPREPLY=($(compgen -W "app qlikview qvapp genericlink sharingservicetask note dataasset dataset automation automl-experiment automl-deployment assistant dataproduct dataqualityrule glossary knowledgebase script semantictype page" -- "${cur}"))
                    return 0
                    ;;
                --shared)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --sort)
                    COMPREPLY=($(compgen -W "+createdAt -createdAt +name -name +updatedAt -updatedAt +recentlyUsed -recentlyUsed" -- "${cur}"))
                    return 0
                    ;;
                --spaceId)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --space-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spaceType)
                    COMPREPLY=($(compgen -W "shared managed personal data" -- "${cur}"))
                    return 0
                    ;;
                --space-type)
                    COMPREPLY=($(compgen -W "shared managed personal data" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --next)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prev)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__publisheditems)
            opts="-q -s -o -v -h --resource-type --resourceType --sort --limit --all --next --prev --quiet --raw --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resourceType)
                    COMPREPLY=($(compgen -W "app qlikview qvapp genericlink sharingservicetask note dataasset dataset automation automl-experiment automl-deployment assistant dataproduct dataqualityrule glossary knowledgebase script semantictype page" -- "${cur}"))
                    return 0
                    ;;
                --resource-type)
                    COMPREPLY=($(compgen -W "app qlikview qvapp genericlink sharingservicetask note dataasset dataset automation automl-experiment automl-deployment assistant dataproduct dataqualityrule glossary knowledgebase script semantictype page" -- "${cur}"))
                    return 0
                    ;;
                --sort)
                    COMPREPLY=($(compgen -W "+createdAt -createdAt +name -name +updatedAt -updatedAt" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --next)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --prev)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__rm)
            opts="-y -q -s -o -v -h --yes --ignoreNotFound --ignore-not-found --dryRun --dry-run --quiet --raw --concurrency --tier1PerMinute --tier1-per-minute --tier2PerMinute --tier2-per-minute --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier1-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier1PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__settings)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help ls list patch help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__settings__subcmd__help)
            opts="ls patch help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__settings__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__settings__subcmd__help__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__settings__subcmd__help__subcmd__patch)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__settings__subcmd__ls)
            opts="-q -s -o -v -h --quiet --raw --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__settings__subcmd__patch)
            opts="-f -q -s -o -v -h --usage-metrics-enabled --usageMetricsEnabled --op --path --value --file --body --dryRun --dry-run --quiet --raw --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --usageMetricsEnabled)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --usage-metrics-enabled)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --op)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --value)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__item__subcmd__update)
            opts="-f -q -s -o -v -h --file --name --description --space-id --spaceId --resource-id --resourceId --resource-link --resourceLink --resource-type --resourceType --resource-sub-type --resourceSubType --resource-updated-at --resourceUpdatedAt --thumbnail-id --thumbnailId --resource-attributes --resourceAttributes --resource-custom-attributes --resourceCustomAttributes --unset --dryRun --dry-run --quiet --raw --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spaceId)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --space-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resourceId)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resourceLink)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-link)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resourceType)
                    COMPREPLY=($(compgen -W "app qlikview qvapp genericlink sharingservicetask note dataasset dataset automation automl-experiment automl-deployment assistant dataproduct dataqualityrule glossary knowledgebase script semantictype page" -- "${cur}"))
                    return 0
                    ;;
                --resource-type)
                    COMPREPLY=($(compgen -W "app qlikview qvapp genericlink sharingservicetask note dataasset dataset automation automl-experiment automl-deployment assistant dataproduct dataqualityrule glossary knowledgebase script semantictype page" -- "${cur}"))
                    return 0
                    ;;
                --resourceSubType)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-sub-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resourceUpdatedAt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-updated-at)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --thumbnailId)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --thumbnail-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resourceAttributes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-attributes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resourceCustomAttributes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource-custom-attributes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --unset)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help add create update ls list use show get rm remove clear rename import current help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__add)
            opts="-s -o -v -h --server --api-key-stdin --api-key --oauth-client-id --client-id --client-secret-stdin --oauth-client-secret --client-secret --comment --scope --default --force --output --tier1-per-minute --tier2-per-minute --insecure --ca-cert --allow-http --no-verify --context --profile --fields --noHeaders --no-headers --json --serverType --server-type --verbose --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --oauth-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --oauth-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --comment)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl" -- "${cur}"))
                    return 0
                    ;;
                --tier1-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__clear)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__current)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__help)
            opts="add update ls use show rm clear rename import current help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__help__subcmd__clear)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__help__subcmd__current)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__help__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__help__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__help__subcmd__rename)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__help__subcmd__rm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__help__subcmd__use)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__import)
            opts="-y -s -o -v -h --from --on-clash --yes --dry-run --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --on-clash)
                    COMPREPLY=($(compgen -W "skip rename" -- "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__ls)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__rename)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__rm)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__show)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__update)
            opts="-s -o -v -h --server --api-key-stdin --ask-api-key --api-key --oauth-client-id --client-id --client-secret-stdin --ask-client-secret --oauth-client-secret --client-secret --scope --comment --default --output --tier1-per-minute --tier2-per-minute --insecure --no-insecure --ca-cert --allow-http --no-allow-http --unset --no-verify --context --profile --fields --noHeaders --no-headers --json --serverType --server-type --verbose --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --oauth-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --oauth-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --comment)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl" -- "${cur}"))
                    return 0
                    ;;
                --tier1-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --unset)
                    COMPREPLY=($(compgen -W "output tier1-per-minute tier2-per-minute insecure ca-cert allow-http comment" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__profile__subcmd__use)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help get post put patch delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw__subcmd__delete)
            opts="-q -f -s -o -v -h --query --quiet --raw --outputFile --output-file --tier1PerMinute --tier1-per-minute --tier2PerMinute --tier2-per-minute --body --bodyFile --body-file --bodyValues --body-values --dryRun --dry-run --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --outputFile)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --tier1-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier1PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --bodyFile)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                -f)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --body-values)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bodyValues)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw__subcmd__get)
            opts="-q -s -o -v -h --query --quiet --raw --outputFile --output-file --tier1PerMinute --tier1-per-minute --tier2PerMinute --tier2-per-minute --paginate --maxPages --max-pages --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --outputFile)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --tier1-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier1PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-pages)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --maxPages)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw__subcmd__help)
            opts="get post put patch delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw__subcmd__help__subcmd__patch)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw__subcmd__help__subcmd__post)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw__subcmd__help__subcmd__put)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw__subcmd__patch)
            opts="-q -f -s -o -v -h --query --quiet --raw --outputFile --output-file --tier1PerMinute --tier1-per-minute --tier2PerMinute --tier2-per-minute --body --bodyFile --body-file --bodyValues --body-values --dryRun --dry-run --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --outputFile)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --tier1-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier1PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --bodyFile)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                -f)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --body-values)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bodyValues)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw__subcmd__post)
            opts="-q -f -s -o -v -h --query --quiet --raw --outputFile --output-file --tier1PerMinute --tier1-per-minute --tier2PerMinute --tier2-per-minute --body --bodyFile --body-file --bodyValues --body-values --dryRun --dry-run --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --outputFile)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --tier1-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier1PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --bodyFile)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                -f)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --body-values)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bodyValues)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__raw__subcmd__put)
            opts="-q -f -s -o -v -h --query --quiet --raw --outputFile --output-file --tier1PerMinute --tier1-per-minute --tier2PerMinute --tier2-per-minute --body --bodyFile --body-file --bodyValues --body-values --dryRun --dry-run --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --outputFile)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --tier1-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier1PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2-per-minute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tier2PerMinute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --bodyFile)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                -f)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --body-values)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bodyValues)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        qlik__subcmd__whoami)
            opts="-s -o -v -h --server --context --profile --output --fields --noHeaders --no-headers --json --serverType --server-type --verbose --insecure --caCert --ca-cert --timeout --retry --interval --header --headers --jq --jq-json --slurp --arg --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --server)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --context)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json yaml jsonl csv tsv name" -- "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -W "actions collectionIds createdAt creatorId description id isFavorited itemViews links meta meta.actions meta.collections meta.isFavorited meta.tags name ownerId resourceAttributes resourceCreatedAt resourceCustomAttributes resourceId resourceLink resourceReloadEndTime resourceReloadStatus resourceSize resourceSubType resourceType resourceUpdatedAt spaceId tenantId thumbnailId updatedAt updaterId" -- "${cur}"))
                    return 0
                    ;;
                --server-type)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --serverType)
                    COMPREPLY=($(compgen -W "cloud" -- "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --caCert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}


# Profile names (the profiles in config.toml), from `qlik __complete profiles`.
_qlik_profile_names() {
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" __complete profiles 2>/dev/null)" -- "$1"))
    # No file names instead when no profile matches.
    compopt +o default +o bashdefault 2>/dev/null
    return 0
}

# Profile names after --profile/--context and as the NAME of `qlik profile use|rm|show|update|rename`;
# everything else is _qlik's.
_qlik_with_profiles() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="" before="" word group="" verb="" nargs=0 i
    if (( COMP_CWORD > 0 )); then prev="${COMP_WORDS[COMP_CWORD-1]}"; fi
    if (( COMP_CWORD > 1 )); then before="${COMP_WORDS[COMP_CWORD-2]}"; fi
    if [[ "$prev" == "=" ]]; then prev="$before"; fi
    case "$prev" in
        --profile|--context)
            _qlik_profile_names "$cur"
            return 0
            ;;
        --fields|--resource-ids|--resource-sub-type|--resource-type|--resourceIds|--resourceSubType|--resourceType|--space-type|--spaceType)
            # A comma list: the entry after the last comma completes as the first does,
            # behind the entries before it.
            if [[ "$cur" == *,* ]]; then
                local head="${cur%,*}," tail="${cur##*,}"
                COMP_WORDS[COMP_CWORD]="$tail"
                _qlik "$1" "$tail" "$prev"
                COMP_WORDS[COMP_CWORD]="$cur"
                COMPREPLY=("${COMPREPLY[@]/#/$head}")
                compopt -o nospace 2>/dev/null
                return 0
            fi
            ;;
    esac
    for (( i = 1; i < COMP_CWORD; i++ )); do
        word="${COMP_WORDS[i]}"
        case "$word" in
            -s|--server|--profile|--context|-o|--output|--fields|--server-type|--serverType|--ca-cert|--caCert|--timeout|--retry|--interval|--headers|--header|--jq|--arg)
                if [[ "${COMP_WORDS[i+1]}" == "=" ]]; then (( i += 2 )); else (( i++ )); fi
                ;;
            -*)
                ;;
            *)
                if [[ -z "$group" ]]; then
                    group="$word"
                elif [[ -z "$verb" ]]; then
                    verb="$word"
                else
                    (( nargs++ ))
                fi
                ;;
        esac
    done
    case "$group" in
        profile|context)
            case "$verb" in
                use|rm|remove|show|get|update|rename)
                    if [[ $nargs -eq 0 && "$cur" != -* ]]; then
                        _qlik_profile_names "$cur"
                        return 0
                    fi
                    ;;
            esac
            ;;
    esac
    _qlik "$@"
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _qlik_with_profiles -o nosort -o bashdefault -o default qlik
else
    complete -F _qlik_with_profiles -o bashdefault -o default qlik
fi
