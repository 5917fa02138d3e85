package org.scikg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The scorer's matching rules on small records written for the purpose (counts worked out by hand). */
class ScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode j(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    @Test
    void genericHeadsCaseAndHyphensAreIgnoredAndBenchmarkMatchesDataset() throws Exception {
        JsonNode gold = j("{'text':'t','entities':[{'name':'Procgen Benchmark','type':'Benchmark'},"
                + "{'name':'DM-HARD-8','type':'Benchmark'},{'name':'BYOL','type':'Method','aliases':['Bootstrap Your Own Latent']}]}");
        JsonNode pred = j("{'text':'t','entities':[{'name':'procgen','type':'Dataset'},{'name':'DM Hard 8','type':'Benchmark'},"
                + "{'name':'Bootstrap your own latent','type':'Model'}]}");
        Scorer.Report r = Scorer.score(List.of(gold), List.of(pred));
        assertEquals(2, r.scores().get("headline_typed").tp());
        assertEquals(3, r.scores().get("all_untyped").tp());
        assertEquals(0.6667, r.scores().get("headline_typed").f1());
    }

    @Test
    void relationsMatchThroughAliasesAndLenientlyForComparisons() throws Exception {
        JsonNode gold = j("{'text':'Abstract: t','entities':[{'name':'A','type':'Model','aliases':['Alpha']},{'name':'B','type':'Model'}],"
                + "'relations':[{'s':'A','p':'outperforms','o':'B'}]}");
        JsonNode pred = j("{'text':'t','entities':[{'name':'Alpha','type':'Model'},{'name':'B','type':'Model'}],"
                + "'relations':[{'s':'Alpha','p':'comparedWith','o':'B'}]}");
        Scorer.Report r = Scorer.score(List.of(gold), List.of(pred));
        assertEquals(0, r.scores().get("relations").tp());
        assertEquals(1, r.scores().get("relations_lenient").tp());
        assertEquals(0, r.withoutPrediction());
    }

    @Test
    void resultsNeedTheExactValueAndTheSubject() throws Exception {
        JsonNode gold = j("{'text':'t','entities':[{'name':'BYOL','type':'Method'}],"
                + "'results':[{'subject':'BYOL','value':'74.3%'},{'subject':'BYOL','value':'79.6%'}]}");
        JsonNode pred = j("{'text':'t','entities':[{'name':'BYOL','type':'Method'}],"
                + "'results':[{'subject':'BYOL','value':'$74.3\\\\%$'},{'subject':'BYOL','value':'79.7%'}]}");
        Scorer.Report r = Scorer.score(List.of(gold), List.of(pred));
        assertEquals(1, r.scores().get("results").tp());
        assertEquals(0.5, r.scores().get("results").f1());
    }

    @Test
    void introductionsMatchThroughAliasesAndTheUnmatchedAreListed() throws Exception {
        JsonNode gold = j("{'id':'r1','text':'t','entities':[{'name':'Group Glossing','type':'Method','aliases':['GroupGloss']},"
                + "{'name':'Tarn','type':'Dataset'}],'introduces':['Group Glossing','Tarn']}");
        JsonNode pred = j("{'id':'r1','text':'t','entities':[{'name':'GroupGloss','type':'Method'},{'name':'Vell','type':'Method'}],"
                + "'introduces':['GroupGloss','Vell']}");
        Scorer.Report r = Scorer.score(List.of(gold), List.of(pred));
        assertEquals(1, r.scores().get("introduces").tp());
        List<String> intro = r.findings().stream().filter(f -> f.kind().endsWith("introduction"))
                .map(f -> f.kind() + " " + f.what()).toList();
        assertEquals(List.of("extra introduction Vell", "missed introduction Tarn"), intro);
    }

    @Test
    void aMissingPredictionCountsAsNothing() throws Exception {
        JsonNode gold = j("{'text':'x','entities':[{'name':'A','type':'Model'}]}");
        Scorer.Report r = Scorer.score(List.of(gold), List.of());
        assertEquals(1, r.withoutPrediction());
        assertEquals(0.0, r.scores().get("headline_typed").r());
        assertEquals(1.0, r.scores().get("results").f1());
    }
}
