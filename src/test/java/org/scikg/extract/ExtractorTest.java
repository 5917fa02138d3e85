package org.scikg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scikg.TestSupport;

/**
 * The extractor on short abstracts written for these tests, with invented names the vocabulary cannot know:
 * discovery and typing must come from shape and context.
 */
class ExtractorTest {
    private static Extraction extract(String text) {
        return TestSupport.extractor().extract(text);
    }

    /** The relations as "subject predicate object" lines. */
    private static List<String> triples(Extraction x) {
        return x.relations().stream().map(r -> r.subject() + " " + r.predicate().localName() + " " + r.object()).toList();
    }

    private static Optional<Entity> entity(Extraction x, String name) {
        return x.entities().stream().filter(e -> Names.key(e.name()).equals(Names.key(name))
                || e.aliases().stream().anyMatch(a -> Names.key(a).equals(Names.key(name)))).findFirst();
    }

    @Test
    void acronymDefinitionMakesTheAcronymTheNameAndTheLongFormAnAlias() {
        Extraction x = extract("We propose Quantum Fold Attention (QFA), which reorders tokens before attention.");
        Entity qfa = entity(x, "QFA").orElseThrow();
        assertEquals("QFA", qfa.name());
        assertTrue(qfa.aliases().contains("Quantum Fold Attention"), qfa.aliases().toString());
        assertEquals(List.of("QFA"), x.introduces());
    }

    @Test
    void appositionTypesAnIntroducedBenchmark() {
        Extraction x = extract("We introduce Zorblax, a new benchmark of multi-step planning problems. "
                + "Zorblax contains 5,000 tasks.");
        Entity z = entity(x, "Zorblax").orElseThrow();
        assertEquals(EntityType.BENCHMARK, z.type());
        assertEquals(List.of("Zorblax"), x.introduces());
    }

    /**
     * The guidelines' Model is a trained model with a proper name (a release, a family of open models); a
     * newly named modelling technique described as "a ... model" is a Method.
     */
    @Test
    void aModelInTheDefinitionIsATrainedModelOnlyWithTheWordsOfOne() {
        Extraction technique = extract("We introduce Trellisor, a multi-scale representation learning model for animal "
                + "behavior. Trellisor combines a pooling module with a temporal encoder.");
        assertEquals(EntityType.METHOD, entity(technique, "Trellisor").orElseThrow().type());
        Extraction release = extract("We introduce Quilbo, a family of open multimodal language models. "
                + "Quilbo outperforms earlier systems on reasoning tasks.");
        assertEquals(EntityType.MODEL, entity(release, "Quilbo").orElseThrow().type());
        Extraction sized = extract("We present Drennan, a model with 7 billion parameters trained on code.");
        assertEquals(EntityType.MODEL, entity(sized, "Drennan").orElseThrow().type());
    }

    @Test
    void theOwnThingNamedInADefiniteAppositionIsIntroduced() {
        Extraction x = extract("We study model selection for offline control. The algorithm, Vexmoor, takes as input "
                + "a set of candidate classes. Vexmoor improves on every baseline.");
        assertTrue(x.introduces().contains("Vexmoor"), x.introduces().toString());
        // a known benchmark in the same position is not new
        Extraction known = extract("We test it on one suite. The benchmark, MMLU, covers 57 subjects.");
        assertFalse(known.introduces().contains("MMLU"), known.introduces().toString());
    }

    @Test
    void aQuotedPhraseAfterANamingVerbIsANewTechnique() {
        Extraction x = extract("Our method rewires the graph by adding \"relay hubs\" between distant nodes.");
        Entity e = entity(x, "relay hubs").orElseThrow(() -> new AssertionError(x.entities().toString()));
        assertEquals(EntityType.METHOD, e.type());
        assertTrue(x.introduces().contains("relay hubs"), x.introduces().toString());
        // scare quotes without a naming verb are not a name
        Extraction scare = extract("The regularizer favors degenerate solutions with excessive \"aliasing\" of features.");
        assertTrue(entity(scare, "aliasing").isEmpty(), scare.entities().toString());
    }

    @Test
    void aDefinitionStatesWhatTheNewMethodIsBuiltOnOrAVariantOf() {
        Extraction x = extract("We propose Tiered Knowledge Distillation (TKD). Unlike standard knowledge distillation, "
                + "TKD transfers layers in stages.");
        assertTrue(x.relations().stream().anyMatch(r -> r.subject().equals("TKD") && r.predicate() == Predicate.BASED_ON
                && Names.key(r.object()).equals("knowledgedistillation")), x.relations().toString());
        Extraction y = extract("We propose Zanfor, a novel RLHF algorithm that reweights preference pairs. "
                + "Zanfor is simple to implement.");
        assertTrue(y.relations().stream().anyMatch(r -> r.subject().equals("Zanfor") && r.predicate() == Predicate.VARIANT_OF
                && r.object().equals("RLHF")), y.relations().toString());
    }

    @Test
    void aCoinedAcronymTakesItsTitleCaseLongForm() {
        Extraction x = extract("We propose the Moral Drift Pipeline (MoDriP), a closed-loop framework for auditing "
                + "assistants. MoDriP runs without labelled data.");
        Entity e = entity(x, "MoDriP").orElseThrow(() -> new AssertionError(x.entities().toString()));
        assertEquals("MoDriP", e.name());
        assertTrue(e.aliases().contains("Moral Drift Pipeline"), e.aliases().toString());
        assertEquals(List.of("MoDriP"), x.introduces());
        assertTrue(entity(x, "Moral").isEmpty() && entity(x, "Pipeline").isEmpty(), x.entities().toString());
    }

    @Test
    void aCapitalisedCoinageDefinedByAnAppositionIsOneName() {
        Extraction x = extract("To stabilise training, we introduce Tiered Echo Smoothing, a two-stage strategy that "
                + "reweights gradients. Run-on text such as expensive.Distribution is not a name.");
        assertEquals(List.of("Tiered Echo Smoothing"), x.introduces());
        assertEquals(EntityType.METHOD, entity(x, "Tiered Echo Smoothing").orElseThrow().type());
        assertTrue(entity(x, "Smoothing").isEmpty() && entity(x, "expensive.Distribution").isEmpty(), x.entities().toString());
    }

    @Test
    void listsAfterAPluralHeadNounAndBenchmarkEndingsGiveTypes() {
        Extraction x = extract("Progress has been driven by benchmarks such as Quorvex and Plindar, and by "
                + "datasets like Mirrowfen. We also report scores on Trelloq-Bench.");
        assertEquals(EntityType.BENCHMARK, entity(x, "Quorvex").orElseThrow().type());
        assertEquals(EntityType.BENCHMARK, entity(x, "Plindar").orElseThrow().type());
        assertEquals(EntityType.DATASET, entity(x, "Mirrowfen").orElseThrow().type());
        assertEquals(EntityType.BENCHMARK, entity(x, "Trelloq-Bench").orElseThrow().type());
        Extraction y = extract("We study the Sparse Gloam Answering (SGA) task, in which answers are hidden in long tables.");
        assertEquals(EntityType.TASK, entity(y, "SGA").orElseThrow().type());
    }

    @Test
    void modifiersBeforeAKnownMethodAfterTheVerbMakeTheNewName() {
        Extraction x = extract("We introduce sparse ledger fine-tuning, which updates few weights. "
                + "Unlike plain finetuning, it keeps old skills.");
        assertEquals(List.of("sparse ledger fine-tuning"), x.introduces());
        assertEquals(EntityType.METHOD, entity(x, "sparse ledger fine-tuning").orElseThrow().type());
        // the known method is still found, also written without its hyphen
        assertTrue(entity(x, "fine-tuning").isPresent(), x.entities().toString());
    }

    @Test
    void aLowerCaseCoinageBeforeATechniqueHeadIsNamedWithoutTheHead() {
        Extraction x = extract("We further introduce a novel reverse cubic binning strategy for input frames. "
                + "We propose a two-stage training strategy for it.");
        assertEquals(List.of("reverse cubic binning"), x.introduces());
        assertTrue(entity(x, "two-stage training").isEmpty(), x.entities().toString());
    }

    @Test
    void aNewSystemsLowerCasePartKeepsAPartHeadAndIsUsedByIt() {
        Extraction x = extract("We present Quillon, a framework for drone routing. "
                + "Specifically, Quillon introduces a ledger-aligned co-drift mechanism to refresh its caches. "
                + "We propose a self-supervised objective and a quasi-hexal retrieval module (QRM) as well.");
        assertTrue(x.introduces().contains("ledger-aligned co-drift mechanism"), x.introduces().toString());
        assertTrue(triples(x).contains("Quillon uses ledger-aligned co-drift mechanism"), triples(x).toString());
        // a two-word description is not a name, and the acronym, not the words before it, names the module
        assertTrue(entity(x, "self-supervised objective").isEmpty(), x.entities().toString());
        assertTrue(x.introduces().contains("QRM"), x.introduces().toString());
    }

    @Test
    void theNamesThatDescribeANewThingInItsAppositionAreWhatItUses() {
        Extraction x = extract("We introduce Quillon, a multi-agent Drovex-Tamble framework that plans routes. "
                + "We propose Zorbit, a novel RLHF algorithm for alignment.");
        assertTrue(triples(x).contains("Quillon uses Drovex-Tamble"), triples(x).toString());
        // the head says what Zorbit is: an RLHF algorithm, not something that uses RLHF
        assertTrue(x.introduces().contains("Zorbit"), x.introduces().toString());
        assertTrue(triples(x).stream().noneMatch(r -> r.startsWith("Zorbit uses")), triples(x).toString());
    }

    @Test
    void theNumberedPartsOfANewThingAndItsTitleCasePartsAreNew() {
        Extraction x = extract("We propose Quillon, a method for drone routing. "
                + "Specifically, the Quillon framework integrates two components: (1) a Ledger Drift Reward (LDR) for "
                + "stability, which rarely admits an IDK answer; and (2) a Tamble Gradient Reward (TGR) for speed. "
                + "Our framework introduces a Hexal Routing Mechanism that plans paths. "
                + "Second, the Motion-guided Drovex Reconstruction Network refines them.");
        for (String n : List.of("LDR", "TGR", "Hexal Routing Mechanism", "Motion-guided Drovex Reconstruction Network")) {
            assertTrue(x.introduces().stream().anyMatch(i -> Names.key(i).equals(Names.key(n))), n + " " + x.introduces());
            assertTrue(triples(x).contains("Quillon uses " + n), n + " " + triples(x));
        }
        assertFalse(x.introduces().contains("IDK"), x.introduces().toString());
    }

    @Test
    void whatTheIntroducingSentenceSaysTheNewThingIsMadeOfIsNewUnlessSetAgainstIt() {
        Extraction x = extract("We introduce Quillon, a framework centered on Stacked Drovex Mosaic Injection (SDMI). "
                + "We propose Zorbit, which outperforms Ledger Tamble Optimization (LTO) on routing.");
        assertTrue(x.introduces().contains("SDMI"), x.introduces().toString());
        assertFalse(x.introduces().contains("LTO"), x.introduces().toString());
    }

    @Test
    void anUnknownWordRightAfterAScoreIsAMetricButNotAVersionOrAUnit() {
        Extraction x = extract("We propose Zorbit, a detector for drones. Zorbit achieves 71.3 QVXH on the Tamble benchmark "
                + "and adds only 13.5 KB to the model, beating Drovex 2.5 Pro.");
        assertEquals(EntityType.METRIC, entity(x, "QVXH").orElseThrow().type());
        assertTrue(entity(x, "KB").map(e -> e.type() != EntityType.METRIC).orElse(true), x.entities().toString());
        assertTrue(entity(x, "Pro").isEmpty(), x.entities().toString());
    }

    @Test
    void aUseCueInTheClauseBeforeWhileIsNotAboutTheNextClause() {
        Extraction x = extract("Zorbit-7B scored the highest with averages of 3.56, while Drovex-13B scored the lowest. "
                + "Quillon-2B plans routes while using Tamble-Net.");
        assertTrue(triples(x).stream().noneMatch(r -> r.startsWith("Zorbit-7B uses")), triples(x).toString());
        assertTrue(triples(x).contains("Quillon-2B uses Tamble-Net"), triples(x).toString());
    }

    @Test
    void partsSaidInThePassiveToBeIntroducedAreNewAndListsRightAfterAPluralHeadTakeItsType() {
        Extraction x = extract("We propose Quillon, a coarse-to-fine framework for drone routing. "
                + "Specifically, a Time-scale Drovex Transformer (TDT) is introduced to predict curves, and a "
                + "Multi-level Tamble Aggregator (MTA) is utilized to fuse them. "
                + "Across four mainstream benchmarks Zorbit26M, FreeQuill, and SLOPEX4D, Quillon is the most accurate.");
        assertTrue(x.introduces().containsAll(List.of("TDT", "MTA")), x.introduces().toString());
        for (String n : List.of("Zorbit26M", "FreeQuill", "SLOPEX4D")) {
            EntityType type = entity(x, n).orElseThrow().type();
            assertTrue(type == EntityType.BENCHMARK || type == EntityType.DATASET, n + " " + type);
        }
    }

    @Test
    void aHeadNounRightBeforeANameOrEndingItsHyphenatedPartsTypesIt() {
        Extraction x = extract("Experiments on the egocentric dataset QV-EPIC and on all splits of the Zorb-Tunnel-Datasets "
                + "show that Quillon works.");
        assertEquals(EntityType.DATASET, entity(x, "QV-EPIC").orElseThrow().type());
        assertEquals(EntityType.DATASET, entity(x, "Zorb-Tunnel-Datasets").orElseThrow().type());
    }

    @Test
    void whatANewThingIncludesAndWhatTheAuthorsSayTheyIntroduceAreNew() {
        Extraction x = extract("We propose QuillRAG, a drone framework, which includes InterQuill, LocalQuill, and MemQuill. "
                + "Such limits motivate our introduction of GraphTamble.");
        for (String n : List.of("QuillRAG", "InterQuill", "LocalQuill", "MemQuill", "GraphTamble")) {
            assertTrue(x.introduces().contains(n), n + " " + x.introduces());
        }
    }

    @Test
    void aProgrammingLanguageIsNoEntityAndAnAcronymAfterALibraryIsSoftware() {
        Extraction x = extract("We provide a formal abstraction of the task and develop a modular, extensible Python "
                + "library (QDTL) with configurable pipelines. We parse corpora with the NLTK Python library.");
        assertEquals(List.of("QDTL"), x.introduces());
        assertEquals(EntityType.SOFTWARE, entity(x, "QDTL").orElseThrow().type());
        assertTrue(entity(x, "Python").isEmpty(), x.entities().toString());
        assertTrue(entity(x, "NLTK").isPresent(), x.entities().toString());
    }

    @Test
    void whatTheExperimentsUseBeforeWhatTheyShowIsNotUsedByTheNewThing() {
        Extraction x = extract("We introduce Quillon, a reward shaping method for drone swarms. "
                + "Extensive experiments conducted using Monte Carlo tree search and Tamble-Mix algorithms demonstrate "
                + "that Quillon improves convergence speed.");
        // Quillon is the focus, so the rule that would read "using" for it does run
        assertTrue(x.introduces().contains("Quillon"), x.introduces().toString());
        assertTrue(triples(x).stream().noneMatch(r -> r.startsWith("Quillon uses")), triples(x).toString());
    }

    @Test
    void lessCommonWaysOfIntroducingANameAreRead() {
        assertEquals(List.of("Zorbix"), extract("Zorbix is a novel framework for drone routing. It plans paths.").introduces());
        assertEquals(List.of("Zorbix"), extract("Routes are hard. Our proposed Zorbix plans them.").introduces());
        assertEquals(List.of("Zorbix"), extract("We call this approach Zorbix and show it plans routes.").introduces());
        assertEquals(List.of("Zorbix"), extract("Towards this goal, Zorbix is introduced, a route planner.").introduces());
        Extraction x = extract("We present a new dataset, ZorbSet, of 10k drone routes.");
        assertEquals(List.of("ZorbSet"), x.introduces());
        assertEquals(EntityType.DATASET, entity(x, "ZorbSet").orElseThrow().type());
    }

    @Test
    void anAppositionSayingVariantOrExtensionOfRelatesTheTwoAndSuperiorityOverIsOutperforming() {
        Extraction x = extract("We propose Zorbix, a planner. ZorbixMax, a larger variant of Zorbix, reaches 80.1 on QuillBench. "
                + "We also present DroveNet, an extension of PathFormer to 3D scenes. "
                + "Extensive experiments demonstrate the superiority of Zorbix over Tamble-Net.");
        assertTrue(triples(x).contains("ZorbixMax variantOf Zorbix"), triples(x).toString());
        assertTrue(triples(x).contains("DroveNet basedOn PathFormer"), triples(x).toString());
        assertTrue(triples(x).contains("Zorbix outperforms Tamble-Net"), triples(x).toString());
    }

    @Test
    void speedupsDimensionsAndAddressPlaceholdersAreNoNames() {
        Extraction x = extract("We propose Zorbix. It delivers a speedup of x17.7, reaching x449, from 3D to 5D, with 6-DoF "
                + "poses. Code is available at LINK.");
        assertEquals(List.of("Zorbix"), x.entities().stream().map(Entity::name).toList());
    }

    @Test
    void whatANameIsSaidToBeBasedOnIsItsBaseEvenPastASubsetOf() {
        Extraction x = extract("We present QuillSet, a large-scale drone route dataset. QuillSet is based on a partially "
                + "reannotated subset of the Tamble Route Archive (TRA), which documents flights. "
                + "In practice, Zorbix is built upon PathFormer for speed.");
        assertTrue(triples(x).contains("QuillSet basedOn TRA"), triples(x).toString());
        assertTrue(triples(x).contains("Zorbix basedOn PathFormer"), triples(x).toString());
    }

    @Test
    void hyphenatedTierWordsAndLowerCaseSizedReleasesAreModelNamesInAnEvaluatedList() {
        Extraction x = extract("We evaluate Zorblax 2.5 Flash-Lite, quill-oss-120b, Tamblo-7B and Whisper large-v3 on QuillBench.");
        for (String n : List.of("Zorblax 2.5 Flash-Lite", "quill-oss-120b", "Tamblo-7B", "Whisper large-v3")) {
            assertEquals(EntityType.MODEL, entity(x, n).orElseThrow().type(), x.entities().toString());
            assertTrue(triples(x).contains(n + " evaluatedOn QuillBench"), triples(x).toString());
        }
    }

    @Test
    void aReductionRelativeToAnotherSystemIsOutperformingIt() {
        Extraction x = extract("We propose Zorbix, a speech recognition model. Zorbix reduces the word error rate by 12% "
                + "relative to Tamble-ASR on QuillSpeech.");
        assertTrue(triples(x).contains("Zorbix outperforms Tamble-ASR"), triples(x).toString());
    }

    @Test
    void namesWithDigitsSmallWordsOrOnlyAnAppositionAfterANewHeadAreIntroduced() {
        String[][] cases = {
            {"To this end, we introduce Quill-1000, a large-scale dataset of drone routes.", "Quill-1000"},
            {"We propose Zero-1-to-Q, a robust method for route planning.", "Zero-1-to-Q"},
            {"We introduce Guardians of Tamble, a model agnostic framework for route shielding.", "Guardians of Tamble"},
            {"We propose a novel perceptual quality metric, Relative Quill Index (RQX), that measures route quality.", "RQX"},
            {"We propose a novel method, Retrieval and Routing for Drones (R2D), leveraging maps.", "R2D"},
            {"We develop a fine-tuning strategy called the Semantic Tamble Network (STN).", "STN"},
        };
        for (String[] c : cases) {
            Extraction x = extract(c[0]);
            assertTrue(x.introduces().stream().anyMatch(n -> Names.key(n).equals(Names.key(c[1]))), c[1] + " " + x.introduces());
        }
        Extraction x = extract("We propose a novel diffusion framework containing dual latent Quill block (DQ-Block) and a "
                + "time-variant frequency encoder (TQ-Encoder). Features come from Bird's-Eye-View (BEV) features.");
        assertTrue(x.introduces().containsAll(List.of("DQ-Block", "TQ-Encoder")), x.introduces().toString());
        assertFalse(x.introduces().contains("BEV"), x.introduces().toString());
        assertTrue(extract("Prior studies use four facial databases, namely the ORL facial database and the Yale facial "
                + "database.").introduces().isEmpty());
        assertEquals(List.of("Q-Driver"), extract("We introduce Q-Driver, a unified framework for drone routing.").introduces());
        assertEquals(List.of("TIP"), extract("We propose a two-part framework to investigate this phenomenon: a "
                + "Transition-Inducing Prompt (TIP) that triggers a shift.").introduces());
    }

    @Test
    void aDefinedAcronymAndTheVocabularysNameForItsLongFormAreOneEntity() {
        Extraction x = extract("Latent diffusion models (LDMs) draw pictures. We show that LDMs miscount fingers.");
        assertEquals(1, x.entities().size(), x.entities().toString());
        assertEquals("LDMs", x.entities().get(0).name());
    }

    @Test
    void aPluralClassOfModelsIsNotAnEntityUnlessIntroduced() {
        Extraction x = extract("Quilted reasoning models (QRMs) are popular. We evaluate QRMs on Zorblax.");
        assertTrue(entity(x, "QRMs").isEmpty(), x.entities().toString());
        Extraction y = extract("We introduce Braided Memory Models (BMMs), a family of open language models. BMMs are small.");
        assertTrue(entity(y, "BMMs").isPresent(), y.entities().toString());
    }

    @Test
    void headNounAfterTheNameGivesTheType() {
        Extraction x = extract("We evaluate several systems on the Krondor dataset and with the Plumtree library.");
        assertEquals(EntityType.DATASET, entity(x, "Krondor").orElseThrow().type());
        assertEquals(EntityType.SOFTWARE, entity(x, "Plumtree").orElseThrow().type());
    }

    @Test
    void sizedNamesAreModelsAndKeepTheirExactSpelling() {
        Extraction x = extract("Our experiments show that FlumeNet-7B is strong, and Vortal 2.5 Pro is stronger.");
        Entity f = entity(x, "FlumeNet-7B").orElseThrow();
        assertEquals("FlumeNet-7B", f.name());
        assertEquals(EntityType.MODEL, f.type());
        assertTrue(entity(x, "Vortal 2.5 Pro").isPresent(), x.entities().toString());
    }

    @Test
    void citationsAndGenericPhrasesAreNotEntities() {
        Extraction x = extract("Unlike prior work (Beltagy et al., 2020a), our method trains large models "
                + "with deep networks on GPUs.");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("Beltagy")), x.entities().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("GPUs")), x.entities().toString());
    }

    @Test
    void vocabularyTypesKnownNamesWhateverTheirCase() {
        Extraction x = extract("We report results on mmlu and on ImageNet using PyTorch.");
        assertEquals(EntityType.BENCHMARK, entity(x, "MMLU").orElseThrow().type());
        assertEquals(EntityType.DATASET, entity(x, "ImageNet").orElseThrow().type());
        assertEquals(EntityType.SOFTWARE, entity(x, "PyTorch").orElseThrow().type());
    }

    @Test
    void outperformsIsReadFromTheParse() {
        Extraction x = extract("We present Zentor. Zentor outperforms Blargon and KwikSort on the Fnord benchmark.");
        List<String> rels = triples(x);
        assertTrue(rels.contains("Zentor outperforms Blargon"), rels.toString());
        assertTrue(rels.contains("Zentor outperforms KwikSort"), rels.toString());
        assertTrue(rels.contains("Zentor evaluatedOn Fnord"), rels.toString());
        // the surface cues read it too; the parse must read it as well, with the sentence as evidence
        Relation r = x.relations().stream().filter(q -> q.object().equals("Blargon") && q.rule().startsWith("semgrex:")
                && q.predicate() == Predicate.OUTPERFORMS).findFirst().orElseThrow(() -> new AssertionError(x.relations().toString()));
        assertEquals("Zentor outperforms Blargon and KwikSort on the Fnord benchmark.",
                x.text().substring(r.evidence().begin(), r.evidence().end()));
    }

    @Test
    void resultsCarryValueMetricAndBenchmark() {
        Extraction x = extract("We present Krakatoa. Krakatoa reaches 81.2% top-1 accuracy on ImageNet.");
        assertFalse(x.results().isEmpty(), x.toString());
        Result r = x.results().get(0);
        assertEquals("Krakatoa", r.subject());
        assertEquals("81.2%", r.value());
        assertEquals("ImageNet", r.benchmark());
        assertTrue(r.metric().contains("accuracy"), r.metric());
    }

    @Test
    void familyMembersAreVariantsOfTheFamily() {
        Extraction x = extract("We compare Gemini 1.5 Pro with earlier Gemini models.");
        assertTrue(x.relations().stream().anyMatch(r -> r.predicate() == Predicate.VARIANT_OF
                && Names.key(r.subject()).equals(Names.key("Gemini 1.5 Pro")) && r.object().equals("Gemini")),
                x.relations().toString());
    }

    @Test
    void mentionOffsetsPointAtTheText() {
        String text = "We train ResNet-50 on ImageNet.";
        Extraction x = extract(text);
        for (Mention m : x.mentions()) {
            assertEquals(m.surface(), text.substring(m.span().begin(), m.span().end()));
        }
        assertTrue(x.mentions().size() >= 2, x.mentions().toString());
    }

    @Test
    void aCapitalisedNameWithASizeJoinedToItIsAModelAndItsDefinitionSaysWhatItUses() {
        Extraction x = extract("We present Wexlor-7B, a sparse mixture-of-experts model trained on code.");
        Entity w = entity(x, "Wexlor-7B").orElseThrow();
        assertEquals(EntityType.MODEL, w.type());
        assertEquals(List.of("Wexlor-7B"), x.introduces());
        assertTrue(x.relations().stream().anyMatch(r -> r.subject().equals("Wexlor-7B") && r.predicate() == Predicate.USES
                && Names.key(r.object()).equals(Names.key("mixture of experts"))), x.relations().toString());
        Extraction ranks = extract("Accuracy at Top-1 and Type-2 errors are reported.");
        assertTrue(ranks.entities().stream().noneMatch(e -> e.name().startsWith("Top") || e.name().startsWith("Type")),
                ranks.entities().toString());
    }

    @Test
    void aNameDefinedAsALanguageIsNotAnEntity() {
        Extraction x = extract("Given a grammar of Tulvani, a language with few speakers, Plenkor-2.5 learns to "
                + "translate English to Tulvani.");
        assertTrue(entity(x, "Tulvani").isEmpty(), x.entities().toString());
        assertTrue(entity(x, "Plenkor-2.5").isPresent(), x.entities().toString());
    }

    @Test
    void inlineTexReadsAsPlainTextWithOffsetsIntoTheOriginal() {
        String text = "We train QuorNet-$50$ and the \\emph{Blintz} model, reaching $81.2\\%$ top-1 accuracy on ImageNet.";
        Extraction x = extract(text);
        Entity q = entity(x, "QuorNet-50").orElseThrow();
        assertEquals("QuorNet-50", q.name());
        assertTrue(entity(x, "Blintz").isPresent(), x.entities().toString());
        assertEquals(text, x.text());
        Mention m = x.mentions().stream().filter(n -> n.entity().equals("QuorNet-50")).findFirst().orElseThrow();
        assertEquals("QuorNet-$50$", m.surface());
        for (Mention n : x.mentions()) assertEquals(n.surface(), text.substring(n.span().begin(), n.span().end()));
        for (Span s : x.sentences()) assertTrue(s.end() <= text.length());
    }

    @Test
    void anAcronymForACommonNounNamesNothingAndIsNotTheVocabularysLongerAcronym() {
        Extraction x = extract("We study tuning hyperparameters (HPs) for imitation learning. Good HP selection "
                + "matters, and we recommend HPs for Zentrix-v2.");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().startsWith("HP") || e.type() == EntityType.METRIC),
                x.entities().toString());
        assertTrue(entity(x, "imitation learning").isPresent(), x.entities().toString());
    }

    @Test
    void aCapitalisedWordThatOnlyModifiesNounsIsNoName() {
        Extraction x = extract("We evaluate any non-Markov policy that switches between base Markov policies, and "
                + "obtain a new Markov policy.");
        assertTrue(entity(x, "Markov").isEmpty(), x.entities().toString());
    }

    @Test
    void aCoinageIsAVariantOfItsBaseWhereTheAbstractUsesTheBaseAlone() {
        Extraction x = extract("We study the dynamics of spectral trajectory matching in offline settings. "
                + "Building on this, we propose bidirectional spectral trajectory matching, a novel algorithm "
                + "that matches trajectories in both directions.");
        assertTrue(entity(x, "spectral trajectory matching").isPresent(), x.entities().toString());
        assertTrue(x.relations().stream().anyMatch(r -> r.subject().equals("bidirectional spectral trajectory matching")
                && r.predicate() == Predicate.VARIANT_OF && r.object().equals("spectral trajectory matching")),
                x.relations().toString());
    }

    @Test
    void aCapitalisedWordBeforeLowerCaseWordsAndAHeadNounStartsTheName() {
        Extraction x = extract("Halvorsen signaling games are a class of simple communication games. We study "
                + "agents trained to play Halvorsen games with reinforcement learning.");
        Entity g = entity(x, "Halvorsen signaling games").orElseThrow();
        assertEquals(EntityType.BENCHMARK, g.type());
        assertTrue(g.aliases().contains("Halvorsen games"), g.aliases().toString());
        assertTrue(entity(x, "Halvorsen").isEmpty(), x.entities().toString());
    }

    @Test
    void aDivergenceTheMethodOptimisesIsAnObjectiveAndOneItReportsAMeasure() {
        Extraction trained = extract("We use the Jeffreys divergence to train Skelda, a policy optimisation method.");
        assertEquals(EntityType.METHOD, entity(trained, "Jeffreys divergence").orElseThrow().type());
        Extraction reported = extract("For each policy we report the Jeffreys divergence between its outputs and the data.");
        assertEquals(EntityType.METRIC, entity(reported, "Jeffreys divergence").orElseThrow().type());
    }

    @Test
    void introductionsBeyondTheFirstNameAfterTheVerb() {
        // a verb coordinated with "we" far back
        Extraction coordinated = extract("We observe that features barely change across steps in sampling, and present "
                + "Vantorix, a training-free acceleration method.");
        assertEquals(List.of("Vantorix"), coordinated.introduces());
        // the name a naming verb gives, not the category before it
        Extraction called = extract("We propose the first process reward model (PRM) called Quillon, which scores "
                + "each step of a trajectory.");
        assertEquals(List.of("Quillon"), called.introduces());
        // a lower-case phrase given by a naming verb
        Extraction dubbed = extract("We propose a novel 3D representation, dubbed view-tied braided splats, for "
                + "large scenes.");
        assertEquals(List.of("view-tied braided splats"), dubbed.introduces());
        // the authors' own named thing
        Extraction ours = extract("A curriculum trains our General Clip Embedder (GCE) on diverse data.");
        assertEquals(List.of("GCE"), ours.introduces());
        // a claim after the verb, and a known lower-case technique, are not new things
        assertTrue(extract("In this paper, we establish that Zentrix does not converge.").introduces().isEmpty());
        assertTrue(extract("We propose knowledge distillation for small robots.").introduces().isEmpty());
    }

    @Test
    void plainCapitalisedWordsWithNothingToVouchForThemAreNoNames() {
        Extraction x = extract("Drone footage collected from Northern California was used to assess Zentrix-7B. "
                + "The World Health Organisation estimates that many people need it. Our Panoptic Fusion Module helps.");
        assertTrue(entity(x, "Northern California").isEmpty(), x.entities().toString());
        assertTrue(entity(x, "World Health Organisation").isEmpty(), x.entities().toString());
        assertTrue(entity(x, "Panoptic Fusion Module").isPresent(), x.entities().toString());
    }

    @Test
    void whatAMethodIsEvaluatedOnIsDataAndListsWithScoresShareTheirType() {
        Extraction x = extract("Experiments on Quvora, Tamblix-v2, and PelHAR show that Zentrix-7B is accurate. "
                + "Fine-tuning helps on MVBench (+2.15), DrellTest (+1.88) and KorvexHub (+4.54).");
        for (String n : List.of("Quvora", "Tamblix-v2", "PelHAR", "DrellTest", "KorvexHub")) {
            EntityType type = entity(x, n).orElseThrow().type();
            assertTrue(type == EntityType.BENCHMARK || type == EntityType.DATASET, n + " " + type);
        }
        assertEquals(EntityType.MODEL, entity(x, "Zentrix-7B").orElseThrow().type());
        Extraction known = extract("We report results on ImageNet-256x256 and WebArena-lite with R$^2$ of 0.8 per cm$^2$.");
        assertEquals(EntityType.DATASET, entity(known, "ImageNet-256x256").orElseThrow().type());
        assertEquals(EntityType.BENCHMARK, entity(known, "WebArena-lite").orElseThrow().type());
        assertTrue(entity(known, "R2").isEmpty() && entity(known, "cm2").isEmpty(), known.entities().toString());
    }

    @Test
    void valuesKeepTheirQualifiersUnitsAndRanges() {
        Extraction x = extract("We present Quorlax, a pruning method. Quorlax achieves up to 2.35x speedup on "
                + "Infinity-8B and about 30 points better accuracy, and is $2$-$3\\times$ faster.");
        List<String> values = x.results().stream().map(Result::value).toList();
        assertTrue(values.contains("up to 2.35x"), values.toString());
        assertTrue(values.contains("about 30 points better"), values.toString());
        assertTrue(values.contains("2-3× faster"), values.toString()); // a comparative after the unit is part of it
        Extraction unnamed = extract("Using modern GNNs, we show our method gives a 3.7x speedup.");
        assertTrue(unnamed.results().isEmpty(), unnamed.results().toString());
    }

    @Test
    void aKnownTechniqueBeforeANounForItsPartsIsNoMention() {
        Extraction x = extract("We study attention heads in Zentrix-7B and find that a small set of heads encodes the task.");
        assertTrue(entity(x, "attention").isEmpty(), x.entities().toString());
        Extraction arch = extract("We introduce Quiverlon, a Reusable and Stitchable Network for edge devices.");
        assertEquals(EntityType.METHOD, entity(arch, "Quiverlon").orElseThrow().type()); // an architecture, not a trained model
    }

    @Test
    void theSubjectIsTheNameBeforeTheVerbNotOneInAnOpeningPhrase() {
        Extraction x = extract("We present Plexorine, a toolkit for imaging. Built using community-standard libraries "
                + "(PyTorch and MONAI), Plexorine provides a flexible framework. When applied to DiT and FLUX, our "
                + "approach reduces compute.");
        assertTrue(x.relations().stream().noneMatch(r -> r.subject().equals("PyTorch") || r.subject().equals("FLUX")
                || r.subject().equals("DiT")), x.relations().toString());
        assertTrue(x.relations().stream().anyMatch(r -> r.subject().equals("Plexorine") && r.object().equals("DiT")),
                x.relations().toString());
    }

    @Test
    void aNameKnownOnlyWithInnerCapitalsIsNotAnEverydayWord() {
        Extraction x = extract("Zentrix-7B starts from zero and reads feature maps from each frame.");
        assertTrue(x.entities().stream().noneMatch(e -> Set.of("ZeRO", "mAP").contains(e.name())), x.entities().toString());
        Extraction y = extract("Zentrix-7B is trained with ZeRO and compared with CLIP by mAP.");
        assertTrue(entity(y, "ZeRO").isPresent() && entity(y, "CLIP").isPresent(), y.entities().toString());
    }

    @Test
    void aKnownNameAndALoneCapitalisedWordAfterItAreOneName() {
        Extraction x = extract("We compare Ridge Regression, Lasso Regression and Random Forest on the data.");
        assertTrue(entity(x, "Lasso Regression").isPresent(), x.entities().toString());
        assertTrue(entity(x, "Regression").isEmpty(), x.entities().toString());
    }

    @Test
    void aKnownTaskTakesTheKindOfDataBeforeIt() {
        Extraction x = extract("We propose Quorlax, a framework for video anomaly detection and multimodal news classification.");
        assertTrue(entity(x, "video anomaly detection").isPresent(), x.entities().toString());
        assertTrue(entity(x, "multimodal news classification").isPresent(), x.entities().toString());
        Extraction y = extract("Quorlax improves performance anomaly detection on ground truth organ segmentation.");
        assertTrue(entity(y, "performance anomaly detection").isEmpty(), y.entities().toString());
    }

    @Test
    void capitalisedCommonNounsNameAComponentAndAShorteningNamesItsLongName() {
        Extraction x = extract("Finally, we devise the Modality Pyramid, a curriculum that trains our encoder. "
                + "We propose Group Quorlation, a framework for image generation. Our GroupQuor achieves up to 32.2% "
                + "FID improvement on ImageNet. GroupQuor is fast.");
        assertTrue(x.introduces().contains("Modality Pyramid"), x.introduces().toString());
        Entity g = entity(x, "GroupQuor").orElseThrow();
        assertTrue(g.aliases().contains("Group Quorlation"), g.aliases().toString());
        // the focus is the new thing named most often
        assertTrue(x.results().stream().allMatch(r -> r.subject().equals("GroupQuor")), x.results().toString());
    }

    @Test
    void surfaceCuesReadWhatTheSubjectIsBuiltWithAndWhoWins() {
        Extraction x = extract("We present Plexorine, a toolkit for imaging. Built using Torchwick and MONAI, Plexorine "
                + "provides a flexible framework. Plexorine achieves 30 points better accuracy compared to Quillon-7B.");
        assertTrue(x.relations().stream().anyMatch(r -> r.subject().equals("Plexorine") && r.predicate() == Predicate.USES
                && r.object().equals("MONAI")), x.relations().toString());
        assertTrue(x.relations().stream().anyMatch(r -> r.subject().equals("Plexorine") && r.predicate() == Predicate.OUTPERFORMS
                && r.object().equals("Quillon-7B")), x.relations().toString());
    }

    @Test
    void partsOfTheNewThingNamedInItsOwnSentencesAreNewToo() {
        Extraction x = extract("We propose Velmora, a framework for depth completion. Velmora introduces a novel Ridge "
                + "Folding Enhancement (RFE) module to sharpen edges and uses Cross-Lattice Position Embedding (CLPE) to "
                + "align frames. Moreover, we introduce a Quarrel Scoring (QS) module and a Drift Balancing (DB) strategy. "
                + "For occlusions, Velmora employs a Snip-And-Weave strategy. Velmora uses ResNet-50 as its backbone.");
        assertEquals(List.of("Velmora", "RFE", "CLPE", "QS", "DB", "Snip-And-Weave"), x.introduces());
    }

    @Test
    void ownResourcesArePastAParticipleAndPlusSignsBelongToTheName() {
        Extraction x = extract("We study place recognition using our recently released Hollowmere benchmark. "
                + "In this paper, we introduce QRV-Talk+, an expanded version of the corpus.");
        assertTrue(x.introduces().containsAll(List.of("Hollowmere", "QRV-Talk+")), x.introduces().toString());
        assertTrue(entity(x, "QRV-Talk+").isPresent(), x.entities().toString());
    }

    @Test
    void datasetsTheNewMethodIsShownOnWithoutAVerbAreWhatItIsEvaluatedOn() {
        Extraction x = extract("We propose Corvanto, a method for stereo matching. The Brimfield and "
                + "Oskarvale datasets are used in all experiments. Unlike Tessaly, Corvanto needs no labels.");
        List<String> rels = triples(x);
        assertTrue(rels.contains("Corvanto evaluatedOn Brimfield"), rels.toString());
        assertTrue(rels.contains("Corvanto evaluatedOn Oskarvale"), rels.toString());
        assertTrue(x.relations().stream().filter(r -> r.object().equals("Oskarvale")).allMatch(r -> r.confidence() < 0.5));
    }

    @Test
    void authorsAndVenuesOfCitationsAreNoEntities() {
        Extraction x = extract("Separations are known for q=3 (Gur, Minzer, and Zhoveth, arXiv:2512.12960, 2025) and "
                + "for q=15 (Brask et al., CCC 2023). We strengthen the main result in Tarvo, Kellen, Marsh, and Oddby "
                + "(arXiv:2511.02633, 2025) with Quillfold.");
        for (String n : List.of("Gur", "Minzer", "Zhoveth", "CCC 2023", "Tarvo", "Kellen", "Marsh", "Oddby", "arXiv")) {
            assertTrue(entity(x, n).isEmpty(), n + " in " + x.entities());
        }
    }

    @Test
    void aCapitalOnlyAtTheStartOfASentenceMakesNoName() {
        Extraction x = extract("Cross-lattice matching finds the scene a ground photo was taken in. We propose Orvesta "
                + "for cross-lattice matching.");
        assertTrue(entity(x, "Cross-lattice").isEmpty(), x.entities().toString());
        assertTrue(entity(x, "Orvesta").isPresent(), x.entities().toString());
    }

    @Test
    void newMeasuresNamedLikeScoresAreMetricsAndInterfacesAndUnitsAreNothing() {
        Extraction x = extract("We introduce Tilvane, a benchmark for identity-preserving video generation, and introduce "
                + "TiltScore and GlareScore to probe robustness. Tilvane ships a CLI and a REST interface; "
                + "the signal gains 3 dB with 6DoF poses.");
        assertEquals(EntityType.METRIC, entity(x, "TiltScore").orElseThrow().type());
        assertTrue(x.introduces().containsAll(List.of("Tilvane", "TiltScore", "GlareScore")), x.introduces().toString());
        for (String n : List.of("CLI", "REST", "dB", "6DoF")) assertTrue(entity(x, n).isEmpty(), n + " in " + x.entities());
    }

    @Test
    void theOtherThingsAPaperIntroducesArePartsOfItsMainOne() {
        Extraction x = extract("We propose Marrowick, a framework for monocular depth estimation. Marrowick introduces a "
                + "novel Ridge Folding Enhancement (RFE) module and a Slope Voting (SV) strategy. We further release "
                + "Dunmere, a new benchmark of night scenes.");
        List<String> rels = triples(x);
        assertTrue(rels.containsAll(List.of("Marrowick uses RFE", "Marrowick uses SV", "Marrowick evaluatedOn Dunmere")),
                rels.toString());
    }

    @Test
    void aStudyOfSeveralMethodsThatIntroducesNothingHasNoFocusToRelate() {
        Extraction x = extract("We study how QuenNet and BarrowNet behave under label noise. We train QuenNet and "
                + "BarrowNet using PyTorch on Dunmere. QuenNet needs fewer parameters than BarrowNet.");
        assertTrue(x.relations().stream().noneMatch(r -> r.rule().startsWith("surface:focus")
                || r.rule().startsWith("context:")), x.relations().toString());
    }

    @Test
    void namesBuiltOnAKnownModelAreModelsAndACompoundIsTypedByItsLastNoun() {
        Extraction x = extract("We compare Quorvane with LLaVA-Quill and MedLlama on report generation.");
        assertEquals(EntityType.MODEL, entity(x, "LLaVA-Quill").orElseThrow().type());
        assertEquals(EntityType.MODEL, entity(x, "MedLlama").orElseThrow().type());
        Extraction y = extract("We propose TarnScience, an open-source contrastive VLM benchmark that tests spatial "
                + "relations. Around TarnScience, an MLLM Quorum Director selects moments.");
        assertEquals(EntityType.BENCHMARK, entity(y, "TarnScience").orElseThrow().type());
        Extraction z = extract("We introduce Velquin-R1, a holistic medical FM for chest X-ray interpretation.");
        assertEquals(EntityType.MODEL, entity(z, "Velquin-R1").orElseThrow().type());
    }

    @Test
    void hyphenatedAdjectivesDescribeAKnownTechniqueWithoutRenamingIt() {
        Extraction x = extract("We present Quarnel, a framework that integrates domain-adaptive transformer embeddings "
                + "and heterogeneous self-supervised graph neural networks for long-horizon forecasting.");
        assertTrue(entity(x, "graph neural networks").isPresent(), x.entities().toString());
        assertTrue(entity(x, "self-supervised graph neural networks").isEmpty(), x.entities().toString());
        assertTrue(entity(x, "domain-adaptive transformer").isEmpty(), x.entities().toString());
    }

    @Test
    void whereResultsComeFromAndWhatADefinitionIsAPartOfTypeData() {
        Extraction x = extract("We propose Pellmark, a method for video segmentation. On QuorSeg, we show that standard "
                + "evaluation underestimates open-world methods. On the TARN validation set, Pellmark achieves 27.8 PSNR "
                + "with DiT-XL and Velbot-VLA. We introduce Kessel-Talk+, an expanded version of the corpus. We propose "
                + "Quill Arena, a benchmarking framework using language models to judge answers.");
        assertEquals(EntityType.BENCHMARK, entity(x, "QuorSeg").orElseThrow().type());
        assertEquals(EntityType.DATASET, entity(x, "TARN").orElseThrow().type());
        assertEquals(EntityType.MODEL, entity(x, "DiT-XL").orElseThrow().type());
        assertEquals(EntityType.MODEL, entity(x, "Velbot-VLA").orElseThrow().type());
        assertEquals(EntityType.DATASET, entity(x, "Kessel-Talk+").orElseThrow().type());
        assertEquals(EntityType.BENCHMARK, entity(x, "Quill Arena").orElseThrow().type());
    }

    @Test
    void unknownTasksAreActivityPhrasesPresentedAsWhatSomethingIsFor() {
        Extraction x = extract("Monocular lane topology estimation is hard. We propose Brenlow, a framework for scene "
                + "flow estimation and neutral text rewriting. Brenlow gives excellent estimation in many settings.");
        for (String n : List.of("Monocular lane topology estimation", "scene flow estimation", "neutral text rewriting")) {
            assertEquals(EntityType.TASK, entity(x, n).map(Entity::type).orElse(null), n + " in " + x.entities());
        }
        assertTrue(entity(x, "excellent estimation").isEmpty(), x.entities().toString());
        List<String> rels = triples(x);
        assertTrue(rels.contains("Brenlow appliedTo scene flow estimation"), rels.toString());
    }

    @Test
    void aCapitalisedWordWithACapitalLetterJoinedIsANameAndAKnownDatasetWithASuffixIsData() {
        Extraction x = extract("To address this, we introduce Quell-C, a distilled customization framework tailored "
                + "for text-to-SQL tasks. We test Quell-C for robustness on Cityscapes-Q.");
        assertEquals(List.of("Quell-C"), x.introduces(), x.entities().toString());
        EntityType t = entity(x, "Cityscapes-Q").map(Entity::type).orElse(null);
        assertTrue(t == EntityType.DATASET || t == EntityType.BENCHMARK, x.entities().toString());
    }

    @Test
    void anAcronymEndingInItsHeadNounIsDefinedAndATitleCaseCompoundStartsAName() {
        Extraction x = extract("We introduce the Multi-Modal Glyph Reasoning dataset (MMGR-Dataset), a large-scale dataset "
                + "of 100K images. We also present On-the-Fly QX, a progressive framework for image capture. "
                + "Both are alternatives to auto-regressive LLMs (AR-LLMs).");
        assertEquals(List.of("MMGR-Dataset", "On-the-Fly QX"), x.introduces(), x.entities().toString());
        assertTrue(entity(x, "MMGR-Dataset").orElseThrow().aliases().contains("Multi-Modal Glyph Reasoning dataset"));
        assertTrue(entity(x, "AR-LLMs").isEmpty(), x.entities().toString());
    }

    @Test
    void aLongDescriptionNamedAfterItsCommaIsNotTheNewThing() {
        Extraction x = extract("We propose a Reparameterizable Glyph Architecture for High Fidelity Tide Rendering method, "
                + "named Quorvel-TR, for mobile devices.");
        assertEquals(List.of("Quorvel-TR"), x.introduces(), x.entities().toString());
    }

    @Test
    void aLoneTitleCaseCompoundOrMathematiciansNameIsNoEntityButAProductLikeCompoundIs() {
        Extraction x = extract("We study Vision-Language-Action policies and Few-Shot prompts with global Lipschitz bounds. "
                + "We present Omni-Plate, a new dataset of dishes.");
        for (String n : List.of("Vision-Language-Action", "Few-Shot", "Lipschitz")) {
            assertTrue(entity(x, n).isEmpty(), n + " in " + x.entities());
        }
        assertEquals(List.of("Omni-Plate"), x.introduces(), x.entities().toString());
    }

    @Test
    void aPlainLowerCasePhraseIsNewOnlyAfterAVerbOfInvention() {
        Extraction x = extract("We report baseline performance to show the challenge. We establish a tidal glyph sorting "
                + "strategy for the search. We propose a tidal glyph annealing strategy to stabilise training.");
        assertEquals(List.of("tidal glyph annealing"), x.introduces(), x.entities().toString());
    }

    @Test
    void aLowerCaseCoinageMayEndInAGerund() {
        Extraction x = extract("We propose tidal glyph annealing to stabilise training.");
        assertEquals(List.of("tidal glyph annealing"), x.introduces(), x.entities().toString());
    }

    @Test
    void aListAfterIncludingHasNoSubjectAndAKnownMethodsAcronymReportingResultsIsNotNew() {
        Extraction x = extract("We propose a framework that classifies engagement. Classifiers, including Random Forest (RF), "
                + "Quorvel-Boost, and Support Vector Machines (SVM), were tuned using cross-validation. RF achieved the "
                + "highest accuracy.");
        assertTrue(x.introduces().isEmpty(), x.introduces().toString());
        assertTrue(triples(x).stream().noneMatch(r -> r.startsWith("Quorvel-Boost")), triples(x).toString());
    }

    @Test
    void anAcronymDefinedWithAnotherLongFormThanTheVocabularysIsItsOwnThing() {
        // the vocabulary knows TPR as the true positive rate
        Extraction x = extract("We study Tidal Person Reranking (TPR), a retrieval method. TPR ranks glyphs.");
        Entity tpr = entity(x, "TPR").orElseThrow();
        assertNotEquals(EntityType.METRIC, tpr.type(), x.entities().toString());
        assertFalse(tpr.aliases().contains("true positive rate"), x.entities().toString());
        Extraction y = extract("We report the true positive rate (TPR) of the detector.");
        assertEquals(EntityType.METRIC, entity(y, "TPR").orElseThrow().type());
    }

    @Test
    void aNameMetBeforeThatModifiesTheNewThingIsNotIntroducedButAnAppositionAfterItIs() {
        Extraction x = extract("Glyph-tide interactions (GTI) are hard to model. This paper introduces a novel physically "
                + "grounded GTI tokenizer for sequences.");
        assertTrue(x.introduces().isEmpty(), x.introduces().toString());
        Extraction y = extract("Current models fail on ARC. We introduce an ARC solver, Quorvel, which encodes priors.");
        assertEquals(List.of("Quorvel"), y.introduces(), y.entities().toString());
    }

    @Test
    void aCapitalAndADigitAloneAreANameOnlyWithAnApposition() {
        Extraction x = extract("In this work we introduce Q7, a reinforcement learning approach to training judges. "
                + "Q7 fuses features from levels P1 to P4 of Zorb-R1.");
        assertEquals(List.of("Q7"), x.introduces(), x.entities().toString());
        assertTrue(entity(x, "P1").isEmpty() && entity(x, "P4").isEmpty(), x.entities().toString());
        assertTrue(entity(x, "Zorb-R1").isPresent(), x.entities().toString());
    }

    @Test
    void anAllCapitalsNameEndingInSIsNotThePluralOfAKnownName() {
        // "mAP" is in the vocabulary; "MAPS" is not its plural
        Extraction x = extract("We propose MAPS, a multilingual benchmark suite designed to evaluate agentic systems.");
        assertEquals(EntityType.BENCHMARK, entity(x, "MAPS").map(Entity::type).orElse(null), x.entities().toString());
        assertEquals(List.of("MAPS"), x.introduces());
    }

    @Test
    void aNewThingWithAPluralAcronymStaysIntroducedWhenItsSingularNamesIt() {
        Extraction x = extract("We introduce Tidal-enhanced Glyphs (TEGs), a bi-scale representation for radiance field "
                + "rendering. The basic TEG representation can be easily extended.");
        assertEquals(List.of("TEG"), x.introduces(), x.entities().toString());
    }

    @Test
    void anOpeningSubjectAnAcronymBeforeAGeneralActivityAndASpecificBareActivityAreTasks() {
        Extraction x = extract("Tidal glyph detection traditionally relies on manual labels. We present Quorvel, which "
                + "handles KRX generation and demosaicing in one pass. Quorvel improves model reasoning.");
        for (String n : List.of("Tidal glyph detection", "KRX generation", "demosaicing")) {
            assertEquals(EntityType.TASK, entity(x, n).map(Entity::type).orElse(null), n + " in " + x.entities());
        }
        assertTrue(entity(x, "model reasoning").isEmpty(), x.entities().toString());
    }

    @Test
    void aClauseSubjectAfterACommaIsNoListMemberAndBackgroundDataIsNotEvaluatedOn() {
        Extraction x = extract("Prevailing methods pre-trained on Vornet struggle. We propose Drisselfuse -- a fusion "
                + "framework for trajectory prediction. For end-to-end driving on the QUANSIM benchmark, Drisselfuse achieves "
                + "state-of-the-art results. We pre-train Drisselfuse on the Harlow dataset.");
        assertEquals(EntityType.METHOD, entity(x, "Drisselfuse").orElseThrow().type());
        List<String> rels = triples(x);
        assertTrue(rels.contains("Drisselfuse evaluatedOn QUANSIM"), rels.toString());
        assertTrue(rels.contains("Drisselfuse uses Harlow"), rels.toString());
        assertTrue(rels.stream().noneMatch(r -> r.endsWith("Vornet")), rels.toString());
    }

    @Test
    void moreWaysAPaperNamesItsOwnThing() {
        Extraction a = extract("We propose a link-guided relational reasoning framework, namely QUILLO, which reasons "
                + "over scene graphs.");
        assertTrue(a.introduces().contains("QUILLO"), a.introduces().toString());
        Extraction b = extract("This letter proposes a novel transformer-guided content-adaptive graph unmixing framework "
                + "(T-BRAN), which captures global dependencies.");
        assertTrue(b.introduces().contains("T-BRAN"), b.introduces().toString());
        Extraction c = extract("The first-stage diffusion-based segment map generation model, Mapquill, adds noise to "
                + "the road map.");
        assertTrue(c.introduces().contains("Mapquill"), c.introduces().toString());
        Extraction d = extract("We introduce a new bird's eye view encoding with three height bands. On the KITTI "
                + "dataset, TriVex-BEV attains 58.7 AP at 49 FPS, surpassing Complex-YOLO. Extreme Gradient Boosting "
                + "achieves less.");
        assertEquals(List.of("TriVex-BEV"), d.introduces());
    }

    @Test
    void aLearningParadigmTheNewThingIsTrainedWithIsUsedNotAppliedTo() {
        Extraction x = extract("We propose Velquist, a policy for robotic grasping trained via reinforcement learning.");
        List<String> rels = triples(x);
        assertTrue(rels.contains("Velquist uses reinforcement learning"), rels.toString());
        assertTrue(rels.contains("Velquist appliedTo robotic grasping"), rels.toString());
    }

    @Test
    void anAcronymTakesItsKindFromItsLongFormAndAcceleratorsAndModifierAcronymsAreNothing() {
        Extraction x = extract("Major depressive disorder (MDD) is common. We study dysarthric speech recognition (DSR) "
                + "and report identity persistence (IP). We propose Neural Quorum Gain Optimisation (NQGO), trained on "
                + "one L40 and an RTX 3090. NQGO builds an online HD map in a BEV space.");
        assertTrue(entity(x, "MDD").isEmpty(), x.entities().toString());
        assertEquals(EntityType.TASK, entity(x, "DSR").orElseThrow().type());
        assertEquals(EntityType.METRIC, entity(x, "IP").orElseThrow().type());
        assertEquals(EntityType.METHOD, entity(x, "NQGO").orElseThrow().type());
        for (String n : List.of("L40", "RTX 3090", "HD", "BEV")) assertTrue(entity(x, n).isEmpty(), n + " in " + x.entities());
    }

    @Test
    void aPlainLowerCaseCoinageAfterTheVerbIsANewTechnique() {
        Extraction x = extract("To avoid collapse, we introduce volume smoothing kernels to regularise the density field. "
                + "We also propose sufficient conditions for recovery.");
        assertEquals(List.of("volume smoothing kernels"), x.introduces());
        assertEquals(EntityType.METHOD, entity(x, "volume smoothing kernels").orElseThrow().type());
    }

    @Test
    void theTaskAnAbstractOpensWithIsWhatItsNewThingIsAppliedTo() {
        Extraction x = extract("Speech source localization is hard under noise. Reward shaping remains difficult in "
                + "reinforcement learning. We present TessaNet, which separates sources with a learned prior.");
        List<String> rels = triples(x);
        assertTrue(rels.contains("TessaNet appliedTo Speech source localization"), rels.toString());
        assertTrue(rels.stream().noneMatch(r -> r.startsWith("TessaNet") && r.endsWith("reinforcement learning")), rels.toString());
    }

    @Test
    void aBenchmarkPaperEvaluatesTheModelsItNames() {
        Extraction x = extract("We introduce Quarrel-Bench, a new benchmark of multi-step tool use. Even GPT-4o and "
                + "Claude 3 Opus solve fewer than half of its tasks.");
        List<String> rels = triples(x);
        assertTrue(rels.containsAll(List.of("GPT-4o evaluatedOn Quarrel-Bench", "Claude 3 Opus evaluatedOn Quarrel-Bench")),
                rels.toString());
    }

    @Test
    void aNewNameMadeOfAnotherNameIsBuiltOnIt() {
        Extraction x = extract("We build on Neural Radiance Fields (NeRF) and propose Kv-NeRF, which adds a motion "
                + "field. We also release QRV-Talk+, an expanded version of the QRV-Talk corpus.");
        List<String> rels = triples(x);
        assertTrue(rels.contains("Kv-NeRF basedOn NeRF"), rels.toString());
        assertTrue(rels.contains("QRV-Talk+ basedOn QRV-Talk"), rels.toString());
    }

    @Test
    void aKnownCorpusWithItsReleaseIsOneName() {
        Extraction x = extract("We evaluate Quellspeech on LibriSpeech and TED-LIUM Release 2 at 50Hz.");
        assertTrue(entity(x, "TED-LIUM Release 2").isPresent(), x.entities().toString());
        assertTrue(entity(x, "Release 2").isEmpty(), x.entities().toString());
        assertTrue(entity(x, "50Hz").isEmpty(), x.entities().toString());
    }

    @Test
    void aBuildingBlockNamedAloneIsNoEntityButItsKindsAre() {
        Extraction x = extract("Quorra guides attention toward informative regions and uses group-query attention.");
        assertTrue(entity(x, "attention").isEmpty(), x.entities().toString());
        assertTrue(entity(x, "group-query attention").isPresent(), x.entities().toString());
    }

    @Test
    void resultingResourcesPioneeredPartsAndFormalisedTasksAreNew() {
        Extraction x = extract("We formalize this as quota-controlled persona generation (QCPG) and introduce Harrowmind, "
                + "a multi-agent framework that generates personas. Harrowmind pioneers the Sketch-then-Revise (StR) "
                + "paradigm. The resulting Harrowmind-1M corpus holds one million personas. Harrowmind is fast, and "
                + "Harrowmind is cheap.");
        assertTrue(x.introduces().containsAll(List.of("QCPG", "Harrowmind", "StR", "Harrowmind-1M")), x.introduces().toString());
        // a part is not the paper's focus
        assertTrue(x.relations().stream().noneMatch(r -> r.subject().equals("StR")), x.relations().toString());
    }

    @Test
    void aNewNetworkOrAgentIsAMethodUnlessItIsATrainedRelease() {
        Extraction x = extract("We introduce TarsaNet, a lightweight two-stage network for demosaicing. We present "
                + "AlphaQuill, an autonomous research agent. We introduce QUETM, a context-enhanced multimodal topic "
                + "model. We release Zorvik-7B, an open-weight language model with 7 billion parameters.");
        for (String n : List.of("TarsaNet", "AlphaQuill", "QUETM")) {
            assertEquals(EntityType.METHOD, entity(x, n).orElseThrow().type(), n);
        }
        assertEquals(EntityType.MODEL, entity(x, "Zorvik-7B").orElseThrow().type());
    }

    @Test
    void theModelsWeEvaluateAreEvaluatedOnTheDataTheSentenceNames() {
        Extraction x = extract("We evaluate GPT-4o and Claude 3 Opus on 303 logic problems (203 from the Quibble "
                + "benchmark, 100 from the Tarn-Logic dataset).");
        List<String> rels = triples(x);
        assertTrue(rels.containsAll(List.of("GPT-4o evaluatedOn Quibble", "GPT-4o evaluatedOn Tarn-Logic",
                "Claude 3 Opus evaluatedOn Quibble", "Claude 3 Opus evaluatedOn Tarn-Logic")), rels.toString());
    }

    @Test
    void systemsGivenAsExamplesOfATasksMethodsAreAppliedToIt() {
        Extraction x = extract("Experiments with Multi-Agent Reinforcement Learning (QMIX, MAPPO, MADDPG) algorithms "
                + "show faster convergence. LLMs outperform specialized event extraction models such as GoLLIE.");
        List<String> rels = triples(x);
        assertTrue(rels.containsAll(List.of("QMIX appliedTo multi-agent reinforcement learning",
                "MADDPG appliedTo multi-agent reinforcement learning", "GoLLIE appliedTo event extraction")), rels.toString());
    }

    @Test
    void anAcronymOfPlainWordsBeforeAnotherNounOnlySaysWhatTheNewThingIsAbout() {
        Extraction x = extract("We introduce a new lattice warp field (LWF) encoding, which maps point clouds into a "
                + "compact grid. On the Quibble benchmark, SparrowFold attains 61.2 AP, surpassing Pelican-Det.");
        assertEquals(List.of("SparrowFold"), x.introduces());
        Extraction named = extract("We propose a novel tidal gradient loss (TGL) function to balance rare classes.");
        assertEquals(List.of("TGL"), named.introduces());
        Extraction known = extract("Furthermore, we introduce a task-decoupled Mixture-of-Experts (MoE) architecture to "
                + "jointly execute detection and grounding.");
        assertEquals(List.of(), known.introduces());
    }

    @Test
    void theNextSentencesOpeningSaysWhatANameEndingTheSentenceBeforeIs() {
        Extraction x = extract("We rethink redundancy in token pruning and introduce Quorl Drift. This unified metric "
                + "quantifies the change in model states. Based on it, we propose QD-Prune, a training-free framework.");
        assertEquals(EntityType.METRIC, entity(x, "Quorl Drift").orElseThrow().type());
        assertTrue(x.introduces().contains("Quorl Drift"), x.introduces().toString());
        Extraction data = extract("Furthermore, we introduce the first benchmark for step-wise reward models, named "
                + "Zentry. This benchmark consists of two components.");
        assertEquals(EntityType.BENCHMARK, entity(data, "Zentry").orElseThrow().type());
    }

    @Test
    void aCoinedNameWithItsTitleCaseLongFormInBracketsAfterItHasThatAlias() {
        Extraction x = extract("We introduce TeleZorb (Teleporting Zorbian Reasoning Booster), a framework for "
                + "agents. We also present VisQuen (Vision Quenching Remedy) for image models.");
        Entity tele = entity(x, "TeleZorb").orElseThrow();
        assertEquals("TeleZorb", tele.name());
        assertTrue(tele.aliases().contains("Teleporting Zorbian Reasoning Booster"), tele.aliases().toString());
        assertTrue(entity(x, "VisQuen").orElseThrow().aliases().contains("Vision Quenching Remedy"));
        assertEquals(2, x.entities().stream().filter(e -> e.type() == EntityType.METHOD).count(), x.entities().toString());
    }

    @Test
    void capitalisedWordsEndingTheSentenceAfterAnIntroducingVerbAreNamedByTheNextSentence() {
        Extraction x = extract("We rethink redundancy in image generators and introduce Latent Quibble. This unified "
                + "metric quantifies the contribution of a token.");
        assertEquals(EntityType.METRIC, entity(x, "Latent Quibble").orElseThrow().type());
        assertEquals(List.of("Latent Quibble"), x.introduces());
    }

    @Test
    void aKnownNameWrittenWithoutTheHyphenBeforeItsNumberIsStillKnown() {
        Extraction x = extract("We fine-tune ResNet50 on CIFAR100 and on SST2.");
        Entity cifar = entity(x, "CIFAR-100").orElseThrow();
        assertEquals(EntityType.DATASET, cifar.type());
        assertTrue(cifar.aliases().contains("CIFAR100"), cifar.aliases().toString());
        assertEquals(EntityType.MODEL, entity(x, "ResNet-50").orElseThrow().type());
    }

    @Test
    void aModelAMethodsGainsAreMeasuredOnIsOneItIsAppliedTo() {
        Extraction x = extract("We propose Zorbprune, a training-free token pruning method. Zorbprune achieves better "
                + "performance on Quill-8B with 3 times lower cost and improves the FID of Quill-2B.");
        List<String> rels = triples(x);
        assertTrue(rels.containsAll(List.of("Zorbprune uses Quill-8B", "Zorbprune uses Quill-2B")), rels.toString());
        assertFalse(rels.contains("Zorbprune outperforms Quill-8B"), rels.toString());
    }

    @Test
    void aBracketHoldingAClauseSaysNothingOfTheNameBeforeItAndAHostIsNoEntity() {
        Extraction x = extract("We release Zorbset-4K, an open-source dataset of 998 images. The fine-tuned QuillNet "
                + "achieves strong performance on Zorbset-4K (model and dataset are available on Hugging Face).");
        assertEquals(EntityType.DATASET, entity(x, "Zorbset-4K").orElseThrow().type());
        assertTrue(entity(x, "Hugging Face").isEmpty(), x.entities().toString());
    }

    @Test
    void mapIsTheMetricOnlyWrittenAsItsAcronym() {
        Extraction x = extract("QuillDet produces a spatially resolved map of the scene and beats ZorbNet in Map-free "
                + "relocalization, reaching a mean Average Precision (mAP) of 85%.");
        assertEquals(1, x.entities().stream().filter(e -> e.type() == EntityType.METRIC).count(), x.entities().toString());
        assertEquals("mAP", entity(x, "mean average precision").orElseThrow().name());
    }

    @Test
    void aPlainWordTheAbstractExplainsIsNoNewThingUnlessAnAppositionSaysWhatItIs() {
        Extraction termed = extract("Dictionary learning produces an overcomplete set of vectors, called atoms, to "
                + "represent an input. We study how atoms behave under noise.");
        assertEquals(List.of(), termed.introduces());
        assertTrue(entity(termed, "atoms").isEmpty(), termed.entities().toString());
        Extraction named = extract("In this work, we propose quorlation, a novel mechanism to route tokens to experts.");
        assertEquals(List.of("quorlation"), named.introduces());
    }

    @Test
    void twoPlainWordsEndingInAThingDescribeAPartButTwoEndingInAnActionNameATechnique() {
        Extraction part = extract("To keep textures, we introduce a noise term that preserves fidelity during training.");
        assertEquals(List.of(), part.introduces());
        Extraction thing = extract("We then introduce dynamic particles and simulate their motion using the Zorbian "
                + "Point Method (ZPM).");
        assertEquals(List.of(), thing.introduces());
        Extraction technique = extract("We propose label quorbling to balance rare classes during training.");
        assertEquals(List.of("label quorbling"), technique.introduces());
    }

    @Test
    void whatANewThingIsBuiltOnMayStandPastDescriptionsAndBeBeatenToo() {
        Extraction x = extract("We propose ZentNet, a crowd counting framework. Built upon the recently proposed Quorl "
                + "Block Encoder (QBE) framework, ZentNet inherits its stability.");
        assertTrue(triples(x).contains("ZentNet basedOn QBE"), triples(x).toString());
        Extraction y = extract("We propose EBZ-ZIQ, a crowd counting framework with a Zero-Inflated Quasson (ZIQ) loss. "
                + "Experiments show that EBZ-ZIQ consistently outperforms Enhanced Bin Zoning (EBZ).");
        List<String> rels = triples(y);
        assertTrue(rels.containsAll(List.of("EBZ-ZIQ basedOn EBZ", "EBZ-ZIQ outperforms EBZ")), rels.toString());
    }

    @Test
    void partsListedAfterAColonAndSetApartBySemicolonsAreNew() {
        Extraction x = extract("We propose StyleZorb, a framework for style transfer. StyleZorb introduces three novel "
                + "components: Dynamic Quill Distillation (DQD), leveraging a latent space for alignment; Contrastive "
                + "Zorb Descriptor (CZD) for texture transfer; and Simultaneously Optimized Quorl (SOQ) to decouple "
                + "style and structure.");
        assertTrue(x.introduces().containsAll(List.of("StyleZorb", "DQD", "CZD", "SOQ")), x.introduces().toString());
    }

    @Test
    void anAcronymMayStartWithTheNumberOfThreeD() {
        Extraction x = extract("We train a 3D Gaussian Quorl Assessment (3DG-QA) prior on human-rated data.");
        Entity qa = entity(x, "3DG-QA").orElseThrow();
        assertTrue(qa.aliases().contains("3D Gaussian Quorl Assessment"), qa.aliases().toString());
    }

    @Test
    void aTaskTheAbstractProposesAndCallsATaskIsNew() {
        Extraction x = extract("To push towards finer perception, we propose Image Quorl Grounding (IQG), a task designed "
                + "to localize visual differences from instructions.");
        assertEquals(EntityType.TASK, entity(x, "IQG").orElseThrow().type());
        assertEquals(List.of("IQG"), x.introduces());
    }

    @Test
    void aListSetAfterAPluralHeadHoldsThingsOfItsKind() {
        Extraction x = extract("We evaluate on three public datasets, Quorlset, Zentpath and Brimmo-2019. Unlike earlier "
                + "pipelines that rely on static corpora, QuillRAG selectively invokes external tools.");
        for (String d : List.of("Quorlset", "Zentpath", "Brimmo-2019")) {
            assertEquals(EntityType.DATASET, entity(x, d).orElseThrow().type(), d);
        }
        assertNotEquals(EntityType.DATASET, entity(x, "QuillRAG").orElseThrow().type());
        Extraction y = extract("We analyze frontier video foundation models, V-JEPA 2.1, VideoQuorl, and Zentformer.");
        assertEquals(EntityType.MODEL, entity(y, "V-JEPA 2.1").orElseThrow().type());
        assertEquals(EntityType.MODEL, entity(y, "VideoQuorl").orElseThrow().type());
    }

    @Test
    void anAuthorBeforeAPreprintIdentifierIsACitation() {
        Extraction x = extract("We strengthen the main result in Grigorescu, Kumar, and Mon (arXiv:2511.02633, 2025) and "
                + "the bound of (Quill, Zent, and Mon, arXiv:2511.02633, 2025).");
        assertTrue(entity(x, "Mon").isEmpty(), x.entities().toString());
    }

    @Test
    void theTaskOfAPhraseThePaperPosesIsNew() {
        Extraction x = extract("In this paper, we introduce the novel task of quorl-aware zent summarization, which asks "
                + "a model to condense long reports.");
        assertEquals(EntityType.TASK, entity(x, "quorl-aware zent summarization").orElseThrow().type());
        assertEquals(List.of("quorl-aware zent summarization"), x.introduces());
        Extraction y = extract("We introduce the task of Zent-Guided Quorl Placement in Real Scenes.");
        assertEquals(List.of("Zent-Guided Quorl Placement in Real Scenes"), y.introduces());
        Extraction w = extract("To measure this, we introduce a new task: quorl action recognition, where one needs to "
                + "tell opposite actions apart.");
        assertEquals(List.of("quorl action recognition"), w.introduces());
        // a problem the paper only studies, not one it calls new, is not its own
        Extraction z = extract("We study the problem of quorl subspace recovery in the presence of noise.");
        assertTrue(z.introduces().isEmpty(), z.introduces().toString());
    }

    @Test
    void aTitleCaseNameJoinedToANewOneIsNewToo() {
        Extraction x = extract("In this paper, we propose Q-Zorb, a reliable policy optimization framework that redesigns "
                + "the learning signal through unified Uncertainty-Aware Zent Optimization and Perception-Aware Quorling.");
        // the second name, in plain words, is new only by its coordination with the first
        assertTrue(x.introduces().containsAll(List.of("Q-Zorb", "Uncertainty-Aware Zent Optimization", "Perception-Aware Quorling")),
                x.introduces().toString());
    }

    @Test
    void theWinnerOfAComparedListOutperformsTheRest() {
        Extraction x = extract("We benchmarked four architectures (QuorlNet-S with self-supervised learning (SSL), ZentFormer, "
                + "BrimNet-50, and PlexViT) on 2,000 annotated images. QuorlNet-S with SSL achieved the best performance "
                + "with an F1 score of 98.2%.");
        List<String> rel = triples(x);
        for (String o : List.of("ZentFormer", "BrimNet-50", "PlexViT")) {
            assertTrue(rel.contains("QuorlNet-S outperforms " + o), rel.toString());
        }
        // two winners of the same list, on two measures: neither beats the other
        Extraction y = extract("We compared QuorlNet, ZentFormer and BrimNet on the clinical data. QuorlNet achieved the "
                + "highest accuracy, and ZentFormer achieved the highest AUC.");
        assertTrue(triples(y).stream().noneMatch(r -> r.contains(" outperforms ")), triples(y).toString());
        // the highest of what is better low is no win
        Extraction z = extract("We tested QuorlNet, ZentFormer and BrimNet. BrimNet showed the highest error rate.");
        assertTrue(triples(z).stream().noneMatch(r -> r.contains(" outperforms ")), triples(z).toString());
    }

    @Test
    void whatABenchmarkIsThereToEvaluateIsEvaluatedOnIt() {
        Extraction x = extract("We introduce a benchmark QuorlBench to systematically evaluate ZentJudge across three "
                + "domains, using GPT-4o as a reference.");
        List<String> rel = triples(x);
        assertTrue(rel.contains("ZentJudge evaluatedOn QuorlBench"), rel.toString());
        assertFalse(rel.contains("GPT-4o evaluatedOn QuorlBench"), rel.toString());
    }

    @Test
    void titleCaseTechniquesInASentenceAboutTheNewThingAreItsParts() {
        Extraction x = extract("We introduce Zorbix, a framework centered on Quorl Injection (QI). Around QI, an identity "
                + "selector resolves conflicts, while Temporal Zent Annealing, and Adaptive Brimmo Guidance improve robustness.");
        assertTrue(x.introduces().containsAll(List.of("Zorbix", "Temporal Zent Annealing", "Adaptive Brimmo Guidance")),
                x.introduces().toString());
        // what the new thing is for, and an institution, are no parts of it
        Extraction y = extract("We introduce Zorbix, which surpasses Quorlnet in Open Zent Relocalization, with support "
                + "from the National Quorl Foundation.");
        assertEquals(List.of("Zorbix"), y.introduces());
    }

    @Test
    void aCaseSensitiveTermsPhrasesMatchInAnyCase() {
        Extraction x = extract("We fuse Rotary Position Embedding with learnable embeddings.");
        assertEquals("RoPE", entity(x, "Rotary Position Embedding").orElseThrow().name());
        assertTrue(entity(extract("We tie the rope to the robot arm."), "RoPE").isEmpty());
    }

    @Test
    void aLongFormMayHoldAnAcronymAndMoreFunctionWords() {
        Extraction x = extract("We propose Decremental Quorling without Zent Erosion (DQZE), which unlearns concepts, and "
                + "Probabilistic Spatial Attention MIL (PSA-MIL), an attention-based framework.");
        assertTrue(entity(x, "DQZE").orElseThrow().aliases().contains("Decremental Quorling without Zent Erosion"));
        assertTrue(entity(x, "PSA-MIL").orElseThrow().aliases().contains("Probabilistic Spatial Attention MIL"));
        assertTrue(entity(x, "Zent Erosion").isEmpty(), x.entities().toString());
    }

    @Test
    void aCoinedWordInBracketsNamesTheTitleBeforeIt() {
        Extraction x = extract("In this paper, we propose Smoothing Quorl on Zent Embeddings (Smoqzem), a novel diffusion method.");
        assertTrue(entity(x, "Smoqzem").orElseThrow().aliases().contains("Smoothing Quorl on Zent Embeddings"));
        assertEquals(List.of("Smoqzem"), x.introduces());
    }

    @Test
    void aNameComposedWithATasksNameIsAppliedToIt() {
        Extraction x = extract("We address a new task called Structure from Quorling (SfQ), which estimates hidden structure. "
                + "To solve it, we propose a novel model called SfQ-NeRF that optimizes the structure.");
        assertEquals(EntityType.TASK, entity(x, "SfQ").orElseThrow().type());
        List<String> rel = triples(x);
        assertTrue(rel.contains("SfQ-NeRF appliedTo SfQ"), rel.toString());
        assertFalse(rel.contains("SfQ-NeRF basedOn SfQ"), rel.toString());
    }

    @Test
    void aNameMadeAModifierIsNotTheThingARelationIsAbout() {
        Extraction x = extract("Recent Mamba-based architectures for video understanding demonstrate promising efficiency, "
                + "yet struggle with overfitting issues that hinder their scalability. We propose ZentMAP, a hybrid model.");
        assertFalse(triples(x).contains("Mamba appliedTo video understanding"), triples(x).toString());
    }

    @Test
    void aHyphenatedNameWithAnAppositionIsANewName() {
        Extraction x = extract("This paper presents Short-QZD, a zero-shot text detection method tailored for short texts.");
        assertEquals(List.of("Short-QZD"), x.introduces());
        Extraction y = extract("Here we present Quorl-3D, a metasurface-based neural depth imaging solution.");
        assertEquals(List.of("Quorl-3D"), y.introduces());
    }

    @Test
    void countingTheStagesOfAKnownTechniqueNamesNothingNew() {
        Extraction x = extract("In this paper, we propose a novel three-stage fine-tuning method that enhances the ability "
                + "of LLMs to detect misleading input.");
        assertTrue(x.introduces().isEmpty(), x.introduces().toString());
    }

    @Test
    void anUnknownAcronymForAnActivityNamesATaskUnlessThePaperIntroducesIt() {
        Extraction x = extract("Dynamic Facial Quorl Recognition (DFQR) remains challenging in the wild. We propose Zent "
                + "Quorl Matching (ZQM), which aligns frames before classifying them, and build it on the Enhanced "
                + "Block Quorl Classification (EBQC) framework.");
        assertEquals(EntityType.TASK, entity(x, "DFQR").orElseThrow().type());
        assertNotEquals(EntityType.TASK, entity(x, "ZQM").orElseThrow().type());
        assertNotEquals(EntityType.TASK, entity(x, "EBQC").orElseThrow().type());
    }

    @Test
    void aNameAfterOurModelOrWhichWeTermIsTheAuthors() {
        Extraction x = extract("This paper processes radar data with graph networks. Our model Quorvex demonstrates remarkable "
                + "performance on two public benchmark datasets.");
        assertEquals(List.of("Quorvex"), x.introduces());
        Extraction y = extract("We propose an enhanced image compression approach through refined context modeling, "
                + "which we term Zelvani.");
        assertEquals(List.of("Zelvani"), y.introduces());
    }

    @Test
    void sizesOfANewModelAreNewVariantsOfIt() {
        Extraction x = extract("We present Brimlet, a lightweight backbone for point cloud recognition. On ModelNet40, "
                + "Brimlet-S with 0.14M parameters achieves 93.6% overall accuracy, while Brimlet-M with 0.55M parameters "
                + "reaches 93.9%.");
        assertTrue(x.introduces().containsAll(List.of("Brimlet", "Brimlet-S", "Brimlet-M")), x.introduces().toString());
        List<String> rel = triples(x);
        assertTrue(rel.contains("Brimlet-S variantOf Brimlet"), rel.toString());
        assertTrue(rel.contains("Brimlet-M variantOf Brimlet"), rel.toString());
        // a size of a backbone is a model too
        Extraction y = extract("We present Quorlet, a lightweight backbone for point cloud recognition. On ModelNet40, "
                + "Quorlet-T reaches 93.6% overall accuracy and extends the backbone with local attention.");
        assertEquals(EntityType.MODEL, entity(y, "Quorlet-T").orElseThrow().type());
    }

    @Test
    void ourNamedModuleIsAPartOfTheNewThingAndReportsItsOwnResults() {
        Extraction x = extract("We introduce Quorlchat, a novel online video model for real-time interaction. At its core lies "
                + "our innovative Differential Zent Skimming (DZS) module, which filters redundant frames. Our experiments "
                + "demonstrate that DZS achieves an 82.8% reduction in video tokens. Quorlchat is evaluated on StreamingBench.");
        assertTrue(x.introduces().containsAll(List.of("Quorlchat", "DZS")), x.introduces().toString());
        List<String> rel = triples(x);
        assertTrue(rel.contains("Quorlchat evaluatedOn StreamingBench"), rel.toString());
        assertTrue(x.results().stream().anyMatch(r -> r.subject().equals("DZS") && r.value().equals("82.8%")),
                x.results().toString());
    }

    @Test
    void aTaskDefinedByNameBeforeItsHeadIsTheAuthors() {
        Extraction x = extract("To address this issue, we formally define the open-world zorbix segmentation problem and "
                + "propose a structured framework for segmenting unseen actions.");
        assertTrue(x.introduces().contains("open-world zorbix segmentation"), x.introduces().toString());
        assertEquals(EntityType.TASK, entity(x, "open-world zorbix segmentation").orElseThrow().type());
    }

    @Test
    void aQuotedTitleCaseNameIsOneNameEvenWithAKnownNameInside() {
        Extraction x = extract("To improve answers without retrieval data, we introduce \"Buried RAG\": learnable latent tokens "
                + "that serve as an internal scratchpad.");
        assertEquals(List.of("Buried RAG"), x.introduces());
    }

    @Test
    void aNewNamedLossOrMeasureIsTheAuthorsButNotADescribedModifier() {
        Extraction x = extract("Our framework introduces two key innovations: 1) a Zorbix Graph Network (ZGN) with a decoder "
                + "module for upsampling. 2) A novel Temporal Quorl loss that groups in-distribution actions. We also "
                + "propose a new unsupervised label-free Zorbix Bias Metric (ZBM) that quantifies inconsistencies in model "
                + "predictions.");
        assertTrue(x.introduces().containsAll(List.of("Temporal Quorl loss", "ZBM")), x.introduces().toString());
        Extraction y = extract("Training diffusion models (DMs) is costly. In this paper, we propose Quorltrain, a new "
                + "efficient DM training approach.");
        assertEquals(List.of("Quorltrain"), y.introduces());
    }

    @Test
    void aGeneralMeasureQualifiedByANounIsNoEntityButNamesTheResultsMeasure() {
        Extraction x = extract("We propose Zorbtrack, which improves tracking accuracy in crowded scenes. Zorbtrack reaches a "
                + "detection accuracy of 92% on the Quorl dataset.");
        assertTrue(entity(x, "accuracy").isEmpty(), x.entities().toString());
        assertTrue(x.results().stream().anyMatch(r -> r.value().equals("92%") && "detection accuracy".equals(r.metric())),
                x.results().toString());
        Extraction y = extract("We propose Zorbtrack, which reaches 93.6% accuracy on the Quorl dataset.");
        assertEquals(EntityType.METRIC, entity(y, "accuracy").orElseThrow().type());
    }

    @Test
    void aBackboneOrAModalityLlmInAnAppositionIsAModel() {
        Extraction x = extract("We present Zorbnet, a lightweight backbone for 3D point cloud recognition.");
        assertEquals(EntityType.MODEL, entity(x, "Zorbnet").orElseThrow().type());
        Extraction y = extract("We introduce Quorl-Online, a novel online VideoLLM that supports real-time video interaction.");
        assertEquals(EntityType.MODEL, entity(y, "Quorl-Online").orElseThrow().type());
        assertTrue(entity(y, "VideoLLM").isEmpty(), y.entities().toString());
    }

    @Test
    void aResultOnTheBenchmarkASentenceOpensWithIsTheSystemsAndEvaluatesIt() {
        Extraction x = extract("We present Zorbix, a lightweight backbone for point cloud recognition. On the Quorlset benchmark, "
                + "Zorbix-S with 0.14M parameters achieves 93.6% overall accuracy, outperforming Blarnet with 5x fewer "
                + "parameters, while Zorbix-M with 1.22 GFLOPs reaches 93.9%.");
        assertTrue(x.results().stream().anyMatch(r -> r.subject().equals("Zorbix-S") && r.value().equals("93.6%")
                && "Quorlset".equals(r.benchmark())), x.results().toString());
        assertTrue(x.results().stream().anyMatch(r -> r.subject().equals("Zorbix-S") && r.value().equals("5x fewer")),
                x.results().toString());
        assertTrue(x.results().stream().noneMatch(r -> r.value().equals("93.9%") && "GFLOPs".equals(r.metric())),
                x.results().toString());
        assertTrue(triples(x).contains("Zorbix-S evaluatedOn Quorlset"), triples(x).toString());
    }

    @Test
    void whatAWorkBuildsOnIsNotItsOwnAndALibrarysReleaseKeepsItsNumber() {
        Extraction x = extract("Specifically, we build upon Zorbix-Quorl, a widely adopted adaptation technique, and "
                + "generalize its core principle.");
        assertTrue(x.introduces().isEmpty(), x.introduces().toString());
        Extraction y = extract("Our implementation runs on PyTorch 2.1 and is released with the paper.");
        assertEquals(EntityType.SOFTWARE, entity(y, "PyTorch 2.1").orElseThrow().type());
    }

    @Test
    void coinedNamesOpeningTheItemsOfAListAreNewPartsAppliedToTheirPurposes() {
        Extraction x = extract("This technical report introduces Zorbkit 3.0, an open-source toolkit for document parsing. "
                + "Zorbkit 3.0 presents three major solutions: (1) ZK-OCRv5 for multilingual text recognition, "
                + "(2) ZK-StructureV3 for hierarchical document parsing, and (3) ZK-ChatOCRv4 for key information extraction.");
        assertTrue(x.introduces().containsAll(List.of("ZK-OCRv5", "ZK-StructureV3", "ZK-ChatOCRv4")), x.introduces().toString());
        assertNotEquals(EntityType.TASK, entity(x, "ZK-StructureV3").orElseThrow().type());
        List<String> rel = triples(x);
        assertTrue(rel.contains("ZK-StructureV3 appliedTo hierarchical document parsing"), rel.toString());
        assertFalse(rel.contains("Zorbkit 3.0 appliedTo ZK-StructureV3"), rel.toString());
    }

    @Test
    void tasksListedAsExamplesInTheOpeningAreTheSettingNotWhatTheNewThingIsAppliedTo() {
        Extraction x = extract("Knowledge graph reasoning is widely applied in question answering, recommendation, and dialogue "
                + "systems. However, existing reasoners are brittle. We propose Zorbix, a model that makes graph reasoning "
                + "robust.");
        List<String> rel = triples(x);
        assertFalse(rel.contains("Zorbix appliedTo question answering"), rel.toString());
        assertFalse(rel.contains("Zorbix appliedTo recommendation"), rel.toString());
    }
}

