namespace Perizinan.Host.Forms;

/// <summary>Log messages about form packages.</summary>
internal static partial class FormLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Form {FormId} {Version} is published but does not compile:\n{Diagnostics}")]
    public static partial void CannotCompile(ILogger logger, string formId, string version, string diagnostics);

    [LoggerMessage(Level = LogLevel.Error, Message = "Package {Folder} is not published:\n{Diagnostics}")]
    public static partial void NotPublished(ILogger logger, string folder, string diagnostics);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {FormId} {Version} ({Outcome}).")]
    public static partial void Published(ILogger logger, string formId, string version, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No package folder found for {Folders}; nothing published at start.")]
    public static partial void NoFolders(ILogger logger, string folders);
}
