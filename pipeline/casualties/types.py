"""The type of a figure from its construction: the verb it is an argument of, the casualty word
after it, the toll it is the value of, the noun it counts; and sub-counts ("including 45 children")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .counts import NumberPhrase, blocked_by_context, is_non_casualty_noun, is_number_token
from .lexicons import ARGUMENT_DEPS, LINEAR_SKIP, SUBCOUNT_PREPS, group_of, lexicon


@dataclass(slots=True)
class Candidate:
    phrase: NumberPhrase
    victim: Token | None
    type: str | None
    group: str
    updates_earlier: bool
    anchor: Token  # the token whose ancestors decide the source (phrase root or victim)
    parent_token: Token | None = None  # victim/root of the figure this is a sub-count of


# --- victims, cues ------------------------------------------------------------------------------


def victim_noun(phrase: NumberPhrase, doc: Doc) -> Token | None:
    """The noun the figure counts ("civilians" in "409 civilians", "people" in "tens of people")."""
    root = phrase.root
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= phrase.end:
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "VERB"):
                return objects[0]
    head = root.head
    if (
        root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "det")
        and head.i >= phrase.end
        and head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
        and head.ent_type_ not in ("DATE", "TIME")
    ):
        return head
    # Parse slips ("165 wounded Friday"): a noun or casualty word right after the figure.
    if phrase.end < len(doc):
        nxt = doc[phrase.end]
        if nxt.dep_ == "compound" and nxt.head.i > nxt.i and nxt.head.i - phrase.end <= 3:
            nxt = nxt.head  # "22 Daesh fighters"
        if (
            nxt.pos_ in ("NOUN", "PROPN")
            and nxt.ent_type_ not in ("DATE", "TIME")
            and (group_of(nxt) or is_non_casualty_noun(nxt))
        ):
            return nxt
    return None


def word_cue(token: Token) -> str | None:
    """Casualty type of a word as written ("killed", "dead", "wounded") or of its verb lemma."""
    types = lexicon("types")
    if token.lower_ in types["words"]:
        return types["words"][token.lower_]
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        return types["verbs"].get(token.lemma_.lower())
    return None


def manner_of_killing(verb: Token) -> bool:
    """True for a verb of a manner of killing completed by its result: "shot dead", "hacked to death",
    "gunned down", "beaten to death". "shot" alone may only wound, so the result word decides."""
    results = lexicon("types")["manner_verbs"].get(verb.lemma_.lower())
    if not results:
        return False
    for child in verb.children:
        if child.lower_ in results and child.dep_ in (
            "acomp",
            "oprd",
            "advmod",
            "xcomp",
            "prt",
            "dobj",
            "ccomp",
            "amod",
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ in results for g in child.children):
            return True
    following = verb.doc[verb.i + 1 : verb.i + 4]
    return (any(t.lower_ == "death" for t in following[1:2]) and following[0].lower_ == "to") or (
        len(following) > 0 and following[0].lower_ in results
    )


def combined_type(first: str | None, second: str | None) -> str | None:
    """ "killed and wounded", "dead or injured" counted together: one combined casualty count."""
    if {first, second} == {"killed", "wounded"}:
        return "killed_or_wounded"
    return None


def coordinated_verb_cue(verb: Token) -> str | None:
    """Type from a casualty verb coordinated with `verb` that shares its argument: "shot and killed",
    "abducted and killed" (the outcome), "killed and wounded dozens" (a combined count)."""
    for child in verb.children:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "ADJ"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in child.children) or any(
            t.like_num for t in child.doc[child.i + 1 : child.i + 5]
        ):
            continue  # "killed 5 and wounded 10": the second verb has its own figure
        inner = lexicon("types")["verbs"].get(child.lemma_.lower()) or lexicon("types")["words"].get(
            child.lower_
        )
        if inner is None and manner_of_killing(child):
            inner = "killed"
        if inner:
            return inner
    return None


def verb_cue(verb: Token) -> tuple[str | None, bool]:
    """(type, updates_earlier) of a verb that has the figure as an argument."""
    kind, updates = own_verb_cue(verb)
    other = coordinated_verb_cue(verb)
    head = verb.head
    if (
        other is None
        and verb.dep_ == "conj"
        and head.i < verb.i
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in head.children)
    ):
        # "killed and wounded dozens": the figure hangs on the second verb, the first shares it.
        other = lexicon("types")["verbs"].get(head.lemma_.lower()) or lexicon("types")["words"].get(
            head.lower_
        )
        if combined_type(kind, other):
            return "killed_or_wounded", updates
        other = None
    if kind is None and other is None and manner_of_killing(verb):
        kind = "killed"
    if other is None:
        return kind, updates
    if combined_type(kind, other):
        return "killed_or_wounded", updates
    if kind is None or (
        other == "killed"
        and kind in ("detained", "wounded")
        and verb.lemma_.lower() not in ("injure", "wound")
    ):
        return other, updates  # "abducted and killed", "shot and killed": the outcome counts
    return kind, updates


def own_verb_cue(verb: Token) -> tuple[str | None, bool]:
    """(type, updates_earlier) of the verb itself, its lemma or the result word it governs."""
    types = lexicon("types")
    lemma = verb.lemma_.lower()
    if lemma in types["verbs"] and verb.pos_ in ("VERB", "AUX", "ADJ"):
        return types["verbs"][lemma], False
    if lemma in types["human_object_verbs"] and any(
        c.dep_ in ("dobj", "nsubjpass") and group_of(c) for c in verb.children
    ):
        return types["human_object_verbs"][lemma], False
    if verb.lower_ in types["words"] and verb.pos_ in ("VERB", "ADJ"):
        return types["words"][verb.lower_], False
    for child in verb.children:
        # "are believed to have been killed", "were reported killed"
        if child.dep_ in ("xcomp", "ccomp", "oprd") and child.i > verb.i and child.pos_ in ("VERB", "ADJ"):
            inner = types["verbs"].get(child.lemma_.lower()) or types["words"].get(child.lower_)
            if inner and lemma in (
                "believe",
                "fear",
                "report",
                "say",
                "think",
                "confirm",
                "estimate",
                "understand",
                "know",
                "expect",
                "presume",
            ):
                return inner, False
        # "lost their lives", "left 20 dead", "were found dead", "are dead"
        if child.lower_ in ("lives", "life") and lemma in types["lives_verbs"]:
            return "killed", False
        if (
            child.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl")
            and child.lower_ in types["words"]
            and lemma
            in ("leave", "be", "find", "remain", "go", "lie", "report", "confirm", "declare", "pronounce")
        ):
            return types["words"][child.lower_], False
    return None, False


def number_of_casualties(noun: Token) -> str | None:
    """Type of "the number of injured/dead" (a toll spelled out), else None."""
    if noun.lemma_.lower() not in ("number", "tally", "count", "figure"):
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                kind = lexicon("types")["words"].get(obj.lower_)
                if kind:
                    return kind
    return None


def toll_cue(verb: Token) -> tuple[str | None, bool]:
    """Type from a toll that is the subject (or object) of `verb` ("the death toll rose to 112",
    "putting the death toll at six")."""
    types = lexicon("types")
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in types["toll_nouns"]:
            kind = types["toll_nouns"][child.lemma_.lower()]
            for mod in child.children:
                if mod.lower_ in types["toll_modifiers"] or mod.lemma_.lower() in types["toll_modifiers"]:
                    kind = types["toll_modifiers"].get(
                        mod.lower_, types["toll_modifiers"].get(mod.lemma_.lower())
                    )
            updates = (
                verb.lower_ in types["update_cues"]
                or verb.lemma_.lower() in types["update_cues"]
                or any(m.lower_ == "new" for m in child.children)
            )
            return kind, updates
    return None, False


def governing_cue(start: Token, phrase: NumberPhrase) -> tuple[str | None, bool, Token | None]:
    """(type, updates_earlier, parent) from the head chain: verbs the figure is an argument of, casualty
    nouns it counts, tolls it is the value of. `parent` is the counted noun of an enclosing figure when
    the chain passes through "including"/"among"."""
    types = lexicon("types")
    cur, parent = start, None
    for _ in range(6):
        head = cur.head
        if head is cur:
            return None, False, parent
        dep = cur.dep_
        if (
            head.lemma_.lower() in types["toll_nouns"]
            and head.pos_ in ("NOUN", "PROPN")
            and dep in ("npadvmod", "appos", "nummod", "attr")
        ):
            kind, _ = toll_cue_from_noun(head)
            return kind, any(t.lower_ == "new" for t in head.children), parent
        if dep in ("conj", "appos"):
            cur = head
            continue
        if dep == "pobj" and head.lower_ in SUBCOUNT_PREPS | {"of"}:
            if head.lower_ in SUBCOUNT_PREPS and parent is None:
                parent = head.head
            cur = head.head
            lower = cur.lower_
            if lower in types["words"] and cur.pos_ in ("NOUN", "ADJ", "VERB"):
                return types["words"][lower], False, parent
            if lower in ("lives", "life") and cur.head.lemma_.lower() in types["lives_verbs"]:
                return "killed", False, parent
            if cur.lemma_.lower() in types["toll_nouns"]:
                kind, _ = toll_cue_from_noun(cur)
                return kind, any(t.lower_ == "new" for t in cur.children), parent
            continue
        if dep == "prep" and head.lower_ in SUBCOUNT_PREPS:
            cur = head
            continue
        if (
            dep == "pobj"
            and head.lower_ in ("to", "at", "of", "from")
            and head.head.pos_ in ("VERB", "AUX", "NOUN")
        ):
            holder = head.head
            counted = number_of_casualties(holder)
            if counted:
                return counted, False, parent
            if holder.pos_ == "NOUN" and holder.lemma_.lower() in types["toll_nouns"]:
                kind, _ = toll_cue_from_noun(holder)
                return (
                    kind,
                    holder.head.lower_ in types["update_cues"]
                    or any(t.lower_ == "new" for t in holder.children),
                    parent,
                )
            kind, updates = toll_cue(holder)
            return kind, updates, parent
        if dep in ARGUMENT_DEPS and head.pos_ in ("VERB", "AUX", "ADJ"):
            kind, updates = verb_cue(head)
            human_verbs = types["human_object_verbs"]
            if (
                kind is None
                and head.lemma_.lower() in human_verbs
                and group_of(start)
                and dep in ("dobj", "nsubjpass")
            ):
                kind = human_verbs[head.lemma_.lower()]
            if kind is None:
                kind, updates = toll_cue(head)
            if (
                kind is None
                and head.dep_ in ("xcomp", "ccomp", "conj")
                and head.lemma_.lower() in ("be", "remain")
            ):
                kind, updates = verb_cue(head.head)
            # Parse slip: "massacred 250 troops taken hostage" read as a clause whose subject is the figure.
            if kind is None and dep == "nsubj" and head.dep_ in ("ccomp", "xcomp") and head.head.i < cur.i:
                kind, updates = verb_cue(head.head)
            return kind, updates, parent
        if dep in ("nsubj", "nsubjpass") and head.pos_ == "NOUN" and head.lower_ in types["words"]:
            return types["words"][head.lower_], False, parent
        return None, False, parent
    return None, False, parent


def toll_cue_from_noun(toll: Token) -> tuple[str, bool]:
    types = lexicon("types")
    kind = types["toll_nouns"][toll.lemma_.lower()]
    for mod in toll.children:
        key = mod.lower_ if mod.lower_ in types["toll_modifiers"] else mod.lemma_.lower()
        if key in types["toll_modifiers"]:
            kind = types["toll_modifiers"][key]
    return kind, False


def child_cue(token: Token) -> str | None:
    """Type from a participle or relative clause on the counted noun ("civilians trapped", "people who died")."""
    for child in token.children:
        if child.dep_ in ("acl", "amod", "relcl", "advcl") and child.i > token.i:
            kind = word_cue(child)
            if kind is None and child.dep_ in ("relcl", "acl"):
                kind, _ = verb_cue(child)
            if kind:
                return kind
    return None


def linear_cue(doc: Doc, after: int, limit: int) -> str | None:
    """Type from the first contentful word after the figure ("20 were killed", "dozens more wounded")."""
    for steps, token in enumerate(doc[after : min(len(doc), limit)]):
        if steps > 4 or token.is_punct:
            return None
        kind = word_cue(token)
        if kind:
            return kind
        if (
            token.lower_ not in LINEAR_SKIP
            and not group_of(token)
            and token.pos_ not in ("ADV",)
            and not token.is_stop
        ):
            return None
    return None


def adjacent_cue(doc: Doc, after: int, limit: int) -> str | None:
    """Type of a casualty word directly after the figure or its noun ("165 wounded", "20 dead"); two
    of them joined ("60 dead and wounded", "killed or injured") make a combined count."""
    words = lexicon("types")["words"]
    if after < min(len(doc), limit):
        kind = words.get(doc[after].lower_)
        if kind and after + 2 < min(len(doc), limit) and doc[after + 1].lower_ in ("and", "or", "and/or"):
            return combined_type(kind, words.get(doc[after + 2].lower_)) or kind
        return kind
    return None


def preceding_cue(doc: Doc, start: int, limit: int) -> str | None:
    """Type of a casualty verb right before the figure, past qualifiers ("kills 23", "killing at least 15")."""
    types = lexicon("types")
    i = start - 1
    while i >= limit and (
        doc[i].lower_
        in (
            "at",
            "least",
            "more",
            "than",
            "some",
            "over",
            "about",
            "around",
            "nearly",
            "almost",
            "up",
            "to",
            "another",
            "an",
            "estimated",
        )
    ):
        i -= 1
    if i < limit:
        return None
    word = doc[i]
    if word.lower_ in types["words"] and word.lower_.endswith(("s", "ed", "ing")):
        return types["words"][word.lower_]
    lemma = word.lemma_.lower() if word.pos_ in ("VERB", "PROPN", "NOUN") else ""
    if word.lower_.endswith(("s", "ing", "ed")) and lemma.rstrip("s") in types["verbs"]:
        return types["verbs"][lemma.rstrip("s")]
    if word.lower_.rstrip("s") in types["verbs"]:  # headline "Kills" tagged as a name
        return types["verbs"][word.lower_.rstrip("s")]
    return None


def noun_cue(victim: Token | None) -> str | None:
    """Type from the counted noun itself ("20 dead", "12 casualties", "bodies")."""
    if victim is None:
        return None
    types = lexicon("types")
    if victim.lower_ in types["words"]:
        return types["words"][victim.lower_]
    return None


def classify(phrase: NumberPhrase, doc: Doc, sent: Span) -> Candidate | None:
    """The figure's type, group and victim noun, or None when no casualty cue governs the number."""
    if blocked_by_context(phrase, doc):
        return None
    victim = victim_noun(phrase, doc)
    if victim is not None and victim.i >= phrase.end and is_non_casualty_noun(victim):
        return None
    if victim is not None and victim.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
        return None
    if (
        victim is not None
        and victim.head.lower_ == "of"
        and victim.head.head.i < phrase.end
        and any(
            c.dep_ == "nummod" and is_number_token(c) and not phrase.start <= c.i < phrase.end
            for c in victim.children
        )
    ):
        return None  # "one of two people killed": the count is the second number, read on its own
    chain_start = victim if victim is not None and phrase.root.head == victim else phrase.root
    gov_type, updates, parent = governing_cue(chain_start, phrase)
    own_type = None
    if victim is not None and victim.i >= phrase.end:
        own_type = child_cue(victim)
    own_type = own_type or child_cue(phrase.root)
    after = (
        (victim.i + 1)
        if victim is not None and victim.i >= phrase.end and victim.i - phrase.end <= 3
        else phrase.end
    )
    lin_type = linear_cue(doc, after, sent.end)
    if lin_type is None and after != phrase.end:
        lin_type = linear_cue(doc, phrase.end, sent.end)
    n_type = noun_cue(victim)
    next_type = adjacent_cue(doc, after, sent.end)
    before_type = preceding_cue(doc, phrase.start, sent.start)
    group = group_of(victim) if victim is not None else None
    over_wounded = lexicon("types")["event_types_over_wounded"]
    # A cue word right after the figure ("Fifty-one dead", "two others injured") is the most reliable
    # reading; the parse decides otherwise, and the bare word before it ("SDF Kills 23") comes last.
    kind = next_type or gov_type or own_type or lin_type or n_type or before_type
    if gov_type in over_wounded and "wounded" in (own_type, lin_type, n_type, next_type):
        kind, group = gov_type, "wounded"
    elif group == "wounded" and kind == "wounded":
        group = None
    if victim is not None and group is None and victim.lower_ in lexicon("types")["words"]:
        group = None
    if kind is None:
        return None
    # "200 US troops" is a deployment: soldiers count as casualties only with their own cue, which we have.
    return Candidate(phrase, victim, kind, group or "people", updates, chain_start, parent)


# --- sub-counts ---------------------------------------------------------------------------------


def link_subcounts(candidates: list[Candidate], doc: Doc) -> dict[int, int]:
    """Index of each sub-count's parent candidate ("409 civilians including 45 children")."""
    links: dict[int, int] = {}
    for k, cand in enumerate(candidates):
        parent_token = cand.parent_token
        for j, other in enumerate(candidates[:k]):
            tokens = {other.phrase.root.i} | ({other.victim.i} if other.victim is not None else set())
            if parent_token is not None and parent_token.i in tokens:
                links[k] = j
                break
        else:
            # Parse slips: "including"/"among them" right before the figure, an earlier figure close by.
            window = doc[max(0, cand.phrase.start - 3) : cand.phrase.start]
            if any(t.lower_ in SUBCOUNT_PREPS or t.lower_ in ("whom", "them") for t in window):
                earlier = [
                    j
                    for j in range(k)
                    if j not in links and cand.phrase.start - candidates[j].phrase.end <= 8
                ]
                if earlier:
                    links[k] = earlier[-1]
    return links
