package org.linkage110.intake.internal.reading;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.linkage110.platform.ReferenceData;

/**
 * Trains the item model from the corpus's training part and the shipped taxonomy (each item's name
 * and each of its keywords as a short document of that item, so the model knows the office's
 * words too, not only the corpus's). The build runs it once the classes are compiled
 * ({@code exec-maven-plugin}, phase {@code process-classes}) and writes the model into the
 * classes, so it ships in the jar; the evaluation part is never read here. Limited-memory BFGS
 * with an L2 penalty, one thread: the same files always give the same model.
 */
public final class ModelTraining {

    /** How hard large weights are penalised; chosen by cross-validation on the training part. */
    static final double L2_COST = 0.3;
    static final int ITERATIONS = 300;

    private ModelTraining() {
    }

    /** Arguments: the training part (CSV) and the file the model is written to. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ModelTraining <calls-train.csv> <item-model.bin>");
        }
        List<Event> events = events(Path.of(args[0]));
        int calls = events.size();
        events.addAll(taxonomyEvents());
        AbstractModel model = train(events);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (DataOutputStream data = new DataOutputStream(Files.newOutputStream(out))) {
            new GenericModelWriter(model, data).persist();
        }
        System.out.printf("item model: %d calls and %d taxonomy names and keywords, %d outcomes -> %s%n", calls,
                events.size() - calls, model.getNumOutcomes(), out);
    }

    /** One training event per call: its label (the item, or POLICE for police business) and its features. */
    static List<Event> events(Path corpus) {
        List<Event> events = new ArrayList<>();
        for (CSVRecord call : records(corpus)) {
            events.add(new Event(label(call), CallFeatures.of(call.get("description"))));
        }
        return events;
    }

    /** The shipped taxonomy's items: the name and each keyword of an item as a document of it. */
    static List<Event> taxonomyEvents() {
        List<Event> events = new ArrayList<>();
        for (Map<String, String> item : ReferenceData.rows("taxonomy", "code", "parent_code", "name_zh", "keywords")) {
            if (item.get("parent_code").isEmpty()) {
                continue;
            }
            events.add(new Event(item.get("code"), CallFeatures.of(item.get("name_zh"))));
            for (String keyword : ReferenceData.list(item.get("keywords"))) {
                events.add(new Event(item.get("code"), CallFeatures.of(keyword)));
            }
        }
        return events;
    }

    static String label(CSVRecord call) {
        return "Y".equals(call.get("police_business")) ? ItemModel.POLICE : call.get("item");
    }

    static List<CSVRecord> records(Path corpus) {
        try (Reader reader = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + corpus, e);
        }
    }

    static AbstractModel train(List<Event> events) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(QNTrainer.THREADS_PARAM, 1);
        parameters.put(QNTrainer.L2COST_PARAM, L2_COST);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            MaxentModel model = trainer.train(new CollectionObjectStream<>(events));
            return (AbstractModel) model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
