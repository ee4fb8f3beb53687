#!/usr/bin/env bash
# This build's bench against an earlier commit's, alternated case by case so both see the same machine:
# this VM's speed moves by up to 1.8x between hours, so a figure from another day, or from another
# build timed an hour apart, cannot be compared with today's.
# Usage: [WORK=DIR] [MVN_ARGS=...] releng/bench/compare-builds.sh REVISION [ROUNDS] [CASE ...]
#        (default 3 rounds; the MLP with SGD, the wide MLP and inference: the cases the speed issue said
#        must stay at least where they were). REVISION's product is built in a worktree under WORK
#        (default: a temporary folder, removed at the end; a WORK given is kept with the runs' JSON and
#        the built worktree, which a second call on the same REVISION reuses). MVN_ARGS adds Maven
#        options to that build (-o to stay offline).
# Each round times every case once with each build (`bench --only CASE --seconds 1 --json`, the form every
# build since the first bench understands); the end prints `bench --compare` per case: both medians, the
# ranges and a verdict. Builds before 54ff8d7 let ONNX Runtime choose one thread on these VMs, so their
# measured peak reads about half and --compare warns that it moved: compare samples/s, not shares. Run it alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
rev=${1:?usage: releng/bench/compare-builds.sh REVISION [ROUNDS] [CASE ...]}
shift
rounds=${1:-3}
shift || true
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=("mlp-784-256-256-10 sgd" "mlp-784-2048-2048-10 sgd" "inference")
commit=$(git rev-parse --verify --quiet "$rev^{commit}") || { echo "compare-builds: '$rev' is not a commit of this repository" >&2; exit 2; }
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "compare-builds: ROUNDS must be a positive whole number, is '$rounds'" >&2; exit 2; }
git cat-file -e "$commit:dendrite" 2>/dev/null || { echo "compare-builds: $rev has no ./dendrite launcher to bench with" >&2; exit 2; }

work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
base="$work/base-${commit:0:12}"
if [ -z "${WORK:-}" ]; then
    trap 'git worktree remove --force "$base" 2>/dev/null || true; rm -rf "$work"' EXIT
fi
if [ ! -d "$base" ]; then
    git worktree add --detach --force "$base" "$commit" >/dev/null
fi
# shellcheck source=releng/find-jdk.sh
source releng/find-jdk.sh
find_jdk21 >/dev/null || exit 1
if [ ! -d "$base/releng/dev.dendrite.product/target/products" ]; then
    echo "compare-builds: building ${commit:0:12}'s product in $base (tests skipped)..." >&2
    # verify, not install: the earlier build's snapshot artifacts must not replace this one's in ~/.m2.
    # tycho.localArtifacts=ignore: Tycho otherwise resolves the bundles this build installed in ~/.m2 over the
    # worktree's own when their qualifier is as new (a build within the same minute put them in the product).
    # shellcheck disable=SC2086
    (cd "$base" && ./mvnw -B -q ${MVN_ARGS:-} verify -pl releng/dev.dendrite.product -am -DskipTests -Dtycho.localArtifacts=ignore >&2)
fi
# The earlier product must hold the earlier build's own bundles (byte for byte), or both sides time the same code.
plugins="$base/releng/dev.dendrite.product/target/products/dev.dendrite.product/linux/gtk/x86_64/dendrite/plugins"
for bundle in "$base"/bundles/dev.dendrite.*/target/dev.dendrite.*.jar; do
    [[ $bundle == *-sources.jar || $bundle == *.tests/* ]] && continue
    name=$(basename "$(dirname "$(dirname "$bundle")")")
    packaged=$(ls "$plugins/${name}"_*.jar 2> /dev/null | head -n 1)
    if [ -n "$packaged" ] && ! cmp -s "$bundle" "$packaged"; then
        echo "compare-builds: ${commit:0:12}'s product holds another $name than its own build ($(basename "$packaged")); remove $base and run again" >&2
        exit 2
    fi
done

for ((r = 1; r <= rounds; r++)); do
    for c in "${cases[@]}"; do
        tag=${c// /_}
        for side in earlier current; do
            dir=.
            [ $side = current ] || dir=$base
            if ! (cd "$dir" && ./dendrite bench --only "$c" --seconds 1 --json > "$work/$side-$tag-$r.json" 2> "$work/$side-$tag-$r.log"); then
                echo "compare-builds: the $side build's bench failed on '$c': $(cat "$work/$side-$tag-$r.log" "$work/$side-$tag-$r.json" | grep -v "^[[:space:]]*$" | tail -1)" >&2
                exit 1
            fi
        done
    done
    echo "round $r/$rounds done" >&2
done
# This call's rounds only: a kept WORK may hold more from an earlier call.
runs_of() { local list="" r; for ((r = 1; r <= rounds; r++)); do list+="${list:+,}$work/$1-$2-$r.json"; done; echo "$list"; }
for c in "${cases[@]}"; do
    tag=${c// /_}
    echo "== $c: ${commit:0:12} (before) against this build (after), alternated"
    ./dendrite bench --compare "$(runs_of earlier "$tag")" "$(runs_of current "$tag")"
done
[ -z "${WORK:-}" ] || echo "runs and the built worktree kept in $work" >&2
