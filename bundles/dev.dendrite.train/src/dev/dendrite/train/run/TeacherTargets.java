package dev.dendrite.train.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.train.config.Distillation;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.HostTensor;

/** Training samples with a teacher's softened class probabilities as one field more ({@link Distillation#FIELD}), computed per batch. */
final class TeacherTargets extends dev.dendrite.train.data.ForwardingSource {

    private final Teacher teacher;
    private final String input;

    /** @throws TrainingException (bad input) where the samples have no single float input the teacher could read */
    static TeacherTargets of(BatchSource samples, Teacher teacher) throws TrainingException {
        List<Field> inputs = samples.fields(Field.Role.INPUT).stream().filter(f -> !f.name().endsWith(":mask")).toList();
        if (inputs.size() != 1 || inputs.get(0).type() != Field.ElementType.FLOAT || inputs.get(0).fixedSize() < 0) {
            throw TrainingException.badInput("--teacher distils classifiers of vectors and pictures; " + samples.name() + " has "
                    + inputs.stream().map(Field::name).toList() + " as inputs");
        }
        return new TeacherTargets(samples, teacher, inputs.get(0).name());
    }

    private TeacherTargets(BatchSource samples, Teacher teacher, String input) {
        super(samples);
        this.teacher = teacher;
        this.input = input;
    }

    @Override
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>(samples.fields());
        fields.add(new Field(Distillation.FIELD, Field.Role.TARGET, Field.ElementType.FLOAT, List.of((long) teacher.classes())));
        return fields;
    }

    @Override
    public Batch batch(int[] order, int from, int rows) {
        Batch batch = samples.batch(order, from, rows);
        Map<String, HostTensor> tensors = new LinkedHashMap<>(batch.tensors());
        tensors.put(Distillation.FIELD, teacher.probabilities(batch.tensors().get(input), batch.rows()));
        return new Batch(batch.rows(), tensors, batch.dims());
    }

    @Override
    public BatchSource subset(int[] indices, String suffix) {
        return new TeacherTargets(samples.subset(indices, suffix), teacher, input);
    }

    @Override
    public BatchSource forEpoch(int epoch) {
        BatchSource drawn = samples.forEpoch(epoch);
        return drawn == samples ? this : new TeacherTargets(drawn, teacher, input);
    }
}
