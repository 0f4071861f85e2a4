using Platform.Domain.Exams;
using Platform.Domain.Proctoring;
using Platform.Domain.Programs;

namespace Platform.Domain.Tests.Programs;

/// <summary>A small valid program to break in one way at a time: topics "tax" (3 questions) and "law" (2), a ticket of 2 + 1.</summary>
internal static class SamplePrograms
{
    public static QualificationProgram Valid() => new(
        "sample-nrk4",
        new LocalizedText("Үлгі", "Образец"),
        "69202",
        "0",
        4,
        [ExamMode.Online, ExamMode.Offline],
        5,
        new DocumentRequirements(Education: false, WorkExperience: false),
        [ProhibitedItem.Calculator],
        new ProgramTheory(
            45,
            [new ProgramTopic("tax", new LocalizedText("Салық", "Налоги")), new ProgramTopic("law", new LocalizedText("Құқық", "Право"))],
            [Question("tax-1", "tax"), Question("tax-2", "tax"), Question("tax-3", "tax"), Question("law-1", "law"), Question("law-2", "law")],
            [new BlueprintEntry("tax", 2), new BlueprintEntry("law", 1)]),
        [Practical("task", "s1", "s2", "s3")]);

    public static TheoryQuestion Question(string id, string topic) => new(
        id,
        topic,
        Wording($"{id} сұрағы", "жауап"),
        Wording($"вопрос {id}", "ответ"),
        "b");

    public static QuestionWording Wording(string text, string option) =>
        new(text, [new QuestionOption("a", option + " A"), new QuestionOption("b", option + " B"), new QuestionOption("c", option + " C")]);

    public static PracticalTask Practical(string id, params string[] stepIds) => new(
        id,
        new LocalizedText("Тапсырма", "Задание"),
        new LocalizedText("Орындаңыз", "Выполните"),
        60,
        [.. stepIds.Select(Step)]);

    public static PracticalStep Step(string id) =>
        new(id, new LocalizedText($"{id} қадамы", $"шаг {id}"), [new LocalizedText("өлшем", "критерий")]);

    public static QualificationProgram WithQuestion(this QualificationProgram program, int index, Func<TheoryQuestion, TheoryQuestion> change)
    {
        var questions = program.Theory.Questions.ToArray();
        questions[index] = change(questions[index]);
        return program with { Theory = program.Theory with { Questions = questions } };
    }
}
